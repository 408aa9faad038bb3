package dev.orderledger.app.runtime;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A JVM that only runs the embedded PostgreSQL on the data directory given as its argument, prints
 * {@code JDBC <url>} and waits to be killed: a stand-in for a ledger that dies with its database running.
 */
public final class EmbeddedPostgresChild {

    static final String READY = "JDBC ";

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.on(Path.of(args[0]));
        System.out.println(READY + server.jdbcUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // until killed, or until the parent closes standard input
        }
    }
}
