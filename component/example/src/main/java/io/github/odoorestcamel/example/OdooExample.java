package io.github.odoorestcamel.example;

import org.apache.camel.main.Main;

/** Starts Camel Main: settings from application.properties and the environment, the route builders of this package. */
public final class OdooExample {

    private OdooExample() {
    }

    public static void main(String[] args) throws Exception {
        new Main(OdooExample.class).run(args);
    }
}
