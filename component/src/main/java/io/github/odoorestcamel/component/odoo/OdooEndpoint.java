package io.github.odoorestcamel.component.odoo;

import io.github.odoorestcamel.core.OdooServices;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.schema.ModelFields;
import java.util.function.Function;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/** {@code odoo:{model}}: a producer of model operations and a polling consumer of created and changed records. */
@UriEndpoint(firstVersion = "4.18.0", scheme = "odoo", title = "Odoo", syntax = "odoo:model", category = Category.API,
             headersClass = OdooConstants.class)
public class OdooEndpoint extends ScheduledPollEndpoint {

    /** A poll every 30 seconds unless {@code delay} says otherwise: each poll is at least one Odoo call. */
    private static final long DEFAULT_DELAY_MS = 30_000;

    @UriPath(description = "The Odoo model, e.g. res.partner")
    @Metadata(required = true)
    private final String model;
    @UriParam
    private final OdooConfiguration configuration;
    private OdooServices odoo;
    private ServiceAccount serviceAccount;

    OdooEndpoint(String uri, OdooComponent component, String model, OdooConfiguration configuration) {
        super(uri, component);
        this.model = model;
        this.configuration = configuration;
        setDelay(DEFAULT_DELAY_MS);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        OdooComponent component = (OdooComponent) getComponent();
        if (configuration.getUrl() == null || configuration.getUrl().isBlank()) {
            throw new IllegalArgumentException("odoo:" + model + " has no Odoo URL: set the url option, or camel.component.odoo.url");
        }
        odoo = component.servicesFor(configuration.getUrl());
        serviceAccount = new ServiceAccount(odoo, configuration.getDatabase(), configuration.getLogin(), configuration.getApiKey(),
                configuration.getPassword());
    }

    @Override
    public Producer createProducer() {
        return new OdooProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        OdooConsumer consumer = new OdooConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public String getModel() {
        return model;
    }

    public OdooConfiguration getConfiguration() {
        return configuration;
    }

    OdooServices odoo() {
        return odoo;
    }

    ServiceAccount serviceAccount() {
        return serviceAccount;
    }

    StateRepository<String, String> sharedPositions() {
        return ((OdooComponent) getComponent()).sharedPositions();
    }

    KnownIdsFile knownIds(String stateKey) {
        return ((OdooComponent) getComponent()).knownIds(stateKey);
    }

    /** Runs the work as the service account; Odoo's errors become {@link OdooException}s. */
    <T> T asServiceAccount(Function<Caller, T> work) {
        try {
            return serviceAccount.run(work);
        } catch (GatewayException e) {
            throw OdooException.from(e);
        }
    }

    /** The model's fields as the service account sees them, from the services' shared catalog. */
    public ModelFields fields() {
        return asServiceAccount(caller -> odoo.catalog().fieldsOf(caller, model));
    }

    /** The fields of the model whose records an {@code odoo:} consumer's exchange carries. */
    public static ModelFields fieldsOf(Exchange exchange) {
        if (!(exchange.getFromEndpoint() instanceof OdooEndpoint endpoint)) {
            throw new IllegalStateException("Exchange " + exchange.getExchangeId() + " does not come from an odoo: consumer");
        }
        return endpoint.fields();
    }
}
