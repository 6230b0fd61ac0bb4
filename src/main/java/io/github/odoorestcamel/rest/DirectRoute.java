package io.github.odoorestcamel.rest;

import io.github.odoorestcamel.error.FatalErrors;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.model.BeanDefinition;
import org.apache.camel.model.ExpressionSubElementDefinition;
import org.apache.camel.model.InterceptFromDefinition;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.ProcessDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.StopDefinition;
import org.apache.camel.model.OnWhenDefinition;
import org.apache.camel.model.language.MethodCallExpression;

/**
 * A REST route run without Camel's routing engine, as its definition says: the guard of its route
 * configuration ({@code interceptFrom}: when a bean method says so, a processor answers and the
 * route stops), then each step in turn, and on any failure its error processor ({@code onException}
 * of {@code java.lang.Exception}, handled). Only a route made of nothing else can be run so — each
 * step a bean method taking the exchange ({@code bean: {ref, method}}) or a processor
 * ({@code process: {ref}}), none disabled, the {@code onException} with no option but
 * {@code handled}; {@link #of} gives nothing for any other, which keeps its Camel route.
 */
public final class DirectRoute {

    @FunctionalInterface
    private interface Step {
        void run(Exchange exchange) throws Exception;
    }

    @FunctionalInterface
    private interface Test {
        boolean test(Exchange exchange) throws Exception;
    }

    private final String routeId;
    private final Test refuses;
    private final Step refusal;
    private final List<Step> steps;
    private final Processor onError;

    private DirectRoute(String routeId, Test refuses, Step refusal, List<Step> steps, Processor onError) {
        this.routeId = routeId;
        this.refuses = refuses;
        this.refusal = refusal;
        this.steps = List.copyOf(steps);
        this.onError = onError;
    }

    /** The route as a direct one, its beans taken from the registry now; empty when it has a step of another kind. */
    public static Optional<DirectRoute> of(CamelContext camel, RouteDefinition route) {
        Test refuses = null;
        Step refusal = null;
        Processor onError = null;
        List<Step> steps = new ArrayList<>();
        for (ProcessorDefinition<?> output : route.getOutputs()) {
            if (output.getDisabled() != null && !"false".equals(output.getDisabled())) {
                return Optional.empty();
            }
            if (output instanceof OnExceptionDefinition onException) {
                if (onError != null || !handlesEveryException(onException) || onException.getOutputs().size() != 1
                        || !(onException.getOutputs().get(0) instanceof ProcessDefinition process)
                        || (onError = processor(camel, process.getRef())) == null) {
                    return Optional.empty();
                }
            } else if (output instanceof InterceptFromDefinition intercept) {
                if (refuses != null || intercept.getUri() != null || intercept.getOutputs().size() != 2
                        || !(intercept.getOutputs().get(0) instanceof ProcessDefinition process)
                        || !(intercept.getOutputs().get(1) instanceof StopDefinition)
                        || (refuses = test(camel, intercept.getOnWhen())) == null || (refusal = step(camel, process)) == null) {
                    return Optional.empty();
                }
            } else {
                Step step = output instanceof BeanDefinition || output instanceof ProcessDefinition ? step(camel, output) : null;
                if (step == null) {
                    return Optional.empty();
                }
                steps.add(step);
            }
        }
        if (onError == null || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DirectRoute(route.getRouteId(), refuses, refusal, steps, onError));
    }

    public String routeId() {
        return routeId;
    }

    /**
     * Runs the route on the exchange. A failure of a step is answered by the error processor, with
     * the failure where Camel's {@code onException} puts it ({@link Exchange#EXCEPTION_CAUGHT}); an
     * error such as running out of memory is not a failure a route handles, and is thrown.
     */
    public void run(Exchange exchange) {
        try {
            if (refuses != null && refuses.test(exchange)) {
                refusal.run(exchange);
                return;
            }
            for (Step step : steps) {
                step.run(exchange);
            }
        } catch (Exception failure) {
            answerFailure(exchange, failure);
        }
    }

    private void answerFailure(Exchange exchange, Exception failure) {
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, failure);
        exchange.setException(null);
        try {
            onError.process(exchange);
        } catch (Exception e) {
            FatalErrors.haltIfFatal(e);
            throw new IllegalStateException("The error processor of route " + routeId + " failed", e);
        }
    }

    private static boolean handlesEveryException(OnExceptionDefinition onException) {
        ExpressionSubElementDefinition handled = onException.getHandled();
        boolean nothingElse = onException.getOnWhen() == null && onException.getContinued() == null
                && onException.getRetryWhile() == null && onException.getRedeliveryPolicyType() == null
                && onException.getRedeliveryPolicyRef() == null && onException.getUseOriginalMessage() == null
                && onException.getUseOriginalBody() == null && onException.getOnRedeliveryRef() == null
                && onException.getOnExceptionOccurredRef() == null && onException.getContinuedPolicy() == null
                && onException.getRetryWhilePolicy() == null && onException.getOnRedelivery() == null
                && onException.getOnExceptionOccurred() == null;
        return nothingElse && onException.getExceptions().equals(List.of(Exception.class.getName()))
                && handled != null && handled.getExpressionType() != null
                && "true".equals(handled.getExpressionType().getExpression());
    }

    private static Test test(CamelContext camel, OnWhenDefinition when) {
        if (when == null || !(when.getExpression() instanceof MethodCallExpression call) || call.getRef() == null || call.getMethod() == null) {
            return null;
        }
        Object bean = camel.getRegistry().lookupByName(call.getRef());
        Method method = method(bean, call.getMethod(), boolean.class);
        if (method == null) {
            return null;
        }
        return exchange -> (boolean) invoke(method, bean, exchange);
    }

    private static Step step(CamelContext camel, ProcessorDefinition<?> output) {
        if (output instanceof ProcessDefinition process) {
            Processor processor = processor(camel, process.getRef());
            return processor == null ? null : processor::process;
        }
        BeanDefinition call = (BeanDefinition) output;
        if (call.getRef() == null || call.getMethod() == null || call.getBeanType() != null || call.getScope() != null) {
            return null;
        }
        Object bean = camel.getRegistry().lookupByName(call.getRef());
        Method method = method(bean, call.getMethod(), void.class);
        return method == null ? null : exchange -> invoke(method, bean, exchange);
    }

    private static Processor processor(CamelContext camel, String ref) {
        return ref == null ? null : camel.getRegistry().lookupByNameAndType(ref, Processor.class);
    }

    /** The bean's one public method of that name, taking the exchange and returning the given type; null when there is none. */
    private static Method method(Object bean, String name, Class<?> returns) {
        if (bean == null || !Modifier.isPublic(bean.getClass().getModifiers())) {
            return null;
        }
        Method found = null;
        for (Method method : bean.getClass().getMethods()) {
            if (method.getName().equals(name)) {
                if (found != null) {
                    return null;
                }
                found = method;
            }
        }
        boolean fits = found != null && found.getReturnType() == returns && found.getParameterCount() == 1
                && found.getParameterTypes()[0] == Exchange.class;
        return fits ? found : null;
    }

    private static Object invoke(Method method, Object bean, Exchange exchange) throws Exception {
        try {
            return method.invoke(bean, exchange);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
