package io.github.odoorestcamel.bundles.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.odoorestcamel.sim.OdooSimulator;

/** The simulator's partners of a name, as the commands tests count the effect of their commands. */
public final class Partners {

    private Partners() {
    }

    public static long named(OdooSimulator odoo, String name) {
        return odoo.rows("res.partner").stream().filter(id -> name.equals(odoo.row("res.partner", id).get("name"))).count();
    }

    /** Waits (up to a minute) until there are that many, and checks there are. */
    public static void await(OdooSimulator odoo, String name, long count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && named(odoo, name) < count) {
            Thread.sleep(100);
        }
        assertEquals(count, named(odoo, name));
    }
}
