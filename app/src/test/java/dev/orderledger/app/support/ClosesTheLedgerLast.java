package dev.orderledger.app.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Closes the ledger of the test classes once they have all run, while the embedded PostgreSQL and
 * Elasticsearch still run. Left to the JVM's shutdown hooks, the ledger would stop alongside its
 * PostgreSQL, and its processors would wait for connections until the pool gave up: 30 s after which the
 * build kills the test JVM.
 */
public class ClosesTheLedgerLast implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ConfigurableApplicationContext ledger = (ConfigurableApplicationContext) SpringExtension.getApplicationContext(context);
        context.getRoot().getStore(ExtensionContext.Namespace.create(ClosesTheLedgerLast.class))
                .getOrComputeIfAbsent(ledger, key -> (ExtensionContext.Store.CloseableResource) ledger::close);
    }
}
