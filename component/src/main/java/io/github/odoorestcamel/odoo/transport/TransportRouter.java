package io.github.odoorestcamel.odoo.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odoorestcamel.error.GatewayException;
import io.github.odoorestcamel.odoo.Caller;
import io.github.odoorestcamel.odoo.OdooClient;
import io.github.odoorestcamel.odoo.http.ResultStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each call over the transport the caller authenticated with, and logs it at debug level. */
public final class TransportRouter implements OdooClient {

    private static final Logger LOG = LoggerFactory.getLogger(TransportRouter.class);

    private final OdooClient session;
    private final OdooClient jsonRpc;
    private final OdooClient json2;

    public TransportRouter(OdooClient session, OdooClient jsonRpc, OdooClient json2) {
        this.session = session;
        this.jsonRpc = jsonRpc;
        this.json2 = json2;
    }

    @Override
    public JsonNode execute(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        return logged(user, model, method, () -> transport(user).execute(user, model, method, args, kwargs));
    }

    @Override
    public Optional<ResultStream> stream(Caller user, String model, String method, ArrayNode args, ObjectNode kwargs) {
        return logged(user, model, method, () -> transport(user).stream(user, model, method, args, kwargs));
    }

    private OdooClient transport(Caller user) {
        return switch (user.transport()) {
            case SESSION -> session;
            case JSONRPC -> jsonRpc;
            case JSON2 -> json2;
        };
    }

    private static <T> T logged(Caller user, String model, String method, Supplier<T> call) {
        if (!LOG.isDebugEnabled()) {
            return call.get();
        }
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            return call.get();
        } catch (GatewayException e) {
            outcome = e.kind() + " " + e.name();
            throw e;
        } finally {
            // model, method, transport and outcome only: arguments may carry passwords and personal data
            LOG.debug("Odoo {}.{} over {}: {} in {} ms", model, method, user.transport(), outcome,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
