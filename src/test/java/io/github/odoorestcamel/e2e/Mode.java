package io.github.odoorestcamel.e2e;

import io.github.odoorestcamel.sim.OdooSimulator;
import java.util.stream.Stream;

/**
 * One simulated Odoo version and one way of authenticating: an interactive session, or the
 * admin's API key (Basic login:key, so every version accepts it: /jsonrpc before 19, JSON-2 from 19).
 */
public record Mode(int version, boolean apiKey) {

    /** Every mode the end-to-end suites run in. */
    public static Stream<Mode> all() {
        return Stream.of(16, 17, 18, 19).flatMap(v -> Stream.of(new Mode(v, false), new Mode(v, true)));
    }

    public RunningGateway gateway() {
        return RunningGateway.odoo(version);
    }

    public Reply get(String pathAndQuery) {
        return get(gateway(), pathAndQuery);
    }

    /** A GET through the given gateway, authenticated as this mode says. */
    public Reply get(RunningGateway gateway, String pathAndQuery) {
        return apiKey
                ? gateway.get(pathAndQuery, "Authorization", ApiKeyTest.basic("admin", OdooSimulator.ADMIN_API_KEY))
                : gateway.getAs(gateway.login("admin"), pathAndQuery);
    }

    /** A request as the admin, authenticated the way this mode does. */
    public Reply send(String method, String path, String json) {
        RunningGateway gateway = gateway();
        return apiKey
                ? gateway.send(method, path, json, "Authorization", ApiKeyTest.basic("admin", OdooSimulator.ADMIN_API_KEY))
                : gateway.send(method, path, json, "Cookie", "session_id=" + gateway.login("admin"));
    }

    @Override
    public String toString() {
        return "Odoo " + version + (apiKey ? ", API key" : ", session");
    }
}
