package io.github.odoorestcamel.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ExpressionSubElementDefinition;
import org.apache.camel.model.InterceptFromDefinition;
import org.apache.camel.model.OnExceptionDefinition;
import org.apache.camel.model.OnWhenDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.language.ConstantExpression;
import org.apache.camel.model.language.MethodCallExpression;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** A REST route's definition run as it says, without Camel's routing, and only when it holds nothing else. */
class DirectRouteTest {

    /** Steps that write down that they ran; {@code fail} throws, {@code refuses} reads a header. */
    public static final class Steps {
        final List<String> ran = new ArrayList<>();

        public void first(Exchange exchange) {
            ran.add("first");
        }

        public void second(Exchange exchange) {
            ran.add("second");
        }

        public void fail(Exchange exchange) {
            ran.add("fail");
            throw new IllegalArgumentException("bad request");
        }

        public void overflow(Exchange exchange) {
            throw new StackOverflowError("deep");
        }

        public boolean refuses(Exchange exchange) {
            return exchange.getIn().getHeader("refuse") != null;
        }

        public String notAStep(Exchange exchange) {
            return "";
        }

        public void twice(Exchange exchange) {
        }

        public void twice(Exchange exchange, String other) {
        }
    }

    private final CamelContext camel = new DefaultCamelContext();
    private final Steps steps = new Steps();

    DirectRouteTest() {
        camel.getRegistry().bind("steps", steps);
        camel.getRegistry().bind("errors", (org.apache.camel.Processor) exchange -> {
            steps.ran.add("errors:" + exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
            exchange.getMessage().setBody("answered");
        });
        camel.getRegistry().bind("refusal", (org.apache.camel.Processor) exchange -> steps.ran.add("refusal"));
    }

    /** As the YAML REST routes are once their route configuration is applied: onException, interceptFrom, steps. */
    private static RouteDefinition route(Consumer<RouteDefinition> body) {
        RouteDefinition route = new RouteDefinition("rest:get:/api:/{model}");
        route.routeId("a-read");
        route.addOutput(handled(new OnExceptionDefinition(Exception.class)).process("errors"));
        InterceptFromDefinition intercept = new InterceptFromDefinition();
        intercept.setOnWhen(new OnWhenDefinition(new MethodCallExpression("steps", "refuses")));
        intercept.process("refusal").stop();
        route.addOutput(intercept);
        body.accept(route);
        return route;
    }

    /** {@code handled: {constant: true}}, as the YAML says it. */
    private static OnExceptionDefinition handled(OnExceptionDefinition onException) {
        onException.setHandled(new ExpressionSubElementDefinition(new ConstantExpression("true")));
        return onException;
    }

    private Exchange run(RouteDefinition definition) {
        Exchange exchange = new DefaultExchange(camel);
        DirectRoute.of(camel, definition).orElseThrow().run(exchange);
        return exchange;
    }

    @Test
    void theStepsRunInTheirOrder() {
        run(route(r -> r.bean("steps", "first").process("refusal").bean("steps", "second")));
        assertEquals(List.of("first", "refusal", "second"), steps.ran);
    }

    @Test
    void aFailureStopsTheStepsAndIsAnsweredByTheErrorProcessor() {
        Exchange exchange = run(route(r -> r.bean("steps", "first").bean("steps", "fail").bean("steps", "second")));
        assertEquals(List.of("first", "fail", "errors:bad request"), steps.ran);
        assertEquals("answered", exchange.getMessage().getBody());
        assertSame(null, exchange.getException());
    }

    @Test
    void theGuardAnswersInsteadOfTheSteps() {
        DirectRoute route = DirectRoute.of(camel, route(r -> r.bean("steps", "first"))).orElseThrow();
        Exchange refused = new DefaultExchange(camel);
        refused.getIn().setHeader("refuse", "yes");
        route.run(refused);
        assertEquals(List.of("refusal"), steps.ran);
        route.run(new DefaultExchange(camel));
        assertEquals(List.of("refusal", "first"), steps.ran);
    }

    @Test
    void anErrorIsNoFailureARouteHandles() {
        DirectRoute route = DirectRoute.of(camel, route(r -> r.bean("steps", "overflow"))).orElseThrow();
        assertThrows(StackOverflowError.class, () -> route.run(new DefaultExchange(camel)));
        assertFalse(steps.ran.stream().anyMatch(step -> step.startsWith("errors")));
    }

    @Test
    void aRouteWithAnythingElseKeepsItsCamelRoute() {
        List<Consumer<RouteDefinition>> others = List.of(
                r -> r.bean("steps", "first").log("a log step"),
                r -> r.bean("steps", "first").setHeader("x").constant("y"),
                r -> r.bean("steps", "notAStep"),
                r -> r.bean("steps", "twice"),
                r -> r.bean("steps", "noSuchMethod"),
                r -> r.bean("noSuchBean", "first"),
                r -> r.process("noSuchProcessor"),
                r -> r.bean(Steps.class, "first"),
                r -> {
                });
        for (Consumer<RouteDefinition> other : others) {
            assertTrue(DirectRoute.of(camel, route(other)).isEmpty());
        }
        RouteDefinition unhandled = new RouteDefinition("rest:get:/api:/{model}");
        unhandled.addOutput(new OnExceptionDefinition(Exception.class).process("errors"));
        unhandled.bean("steps", "first");
        assertTrue(DirectRoute.of(camel, unhandled).isEmpty(), "an error not handled would reach Camel's consumer");
        RouteDefinition narrower = new RouteDefinition("rest:get:/api:/{model}");
        narrower.addOutput(handled(new OnExceptionDefinition(IllegalStateException.class)).process("errors"));
        narrower.bean("steps", "first");
        assertTrue(DirectRoute.of(camel, narrower).isEmpty(), "another exception would reach Camel's consumer");
        RouteDefinition retried = route(r -> r.bean("steps", "first"));
        ((OnExceptionDefinition) retried.getOutputs().get(0)).maximumRedeliveries(3);
        assertTrue(DirectRoute.of(camel, retried).isEmpty(), "a redelivery only Camel would make");
        RouteDefinition continued = route(r -> r.bean("steps", "first"));
        ((OnExceptionDefinition) continued.getOutputs().get(0)).continued(true);
        assertTrue(DirectRoute.of(camel, continued).isEmpty(), "a route that goes on after a failure");
        RouteDefinition disabled = route(r -> r.bean("steps", "first").bean("steps", "second"));
        disabled.getOutputs().get(3).disabled();
        assertTrue(DirectRoute.of(camel, disabled).isEmpty(), "a step switched off");
        RouteDefinition noErrors = new RouteDefinition("rest:get:/api:/{model}");
        noErrors.bean("steps", "first");
        assertTrue(DirectRoute.of(camel, noErrors).isEmpty(), "a failure would have no answer");
    }
}
