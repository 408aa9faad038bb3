package dev.orderledger.app.finance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The command-line reconciliation: started with {@code --ledger.finance.reconcile=true} (and
 * optionally {@code --ledger.finance.up-to-global-index=N} or {@code --ledger.finance.until=<instant>}),
 * the ledger replays the journal, prints the summary and exits: 0 when the books balance, 1 when
 * they do not or cannot be read.
 */
@Component
@ConditionalOnProperty(name = "ledger.finance.reconcile", havingValue = "true")
class ReconciliationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRunner.class);

    private final LedgerReconciliation reconciliation;
    private final ConfigurableApplicationContext context;
    private final ReplayScope scope;

    ReconciliationRunner(LedgerReconciliation reconciliation, ConfigurableApplicationContext context, Environment environment) {
        this.reconciliation = reconciliation;
        this.context = context;
        String until = environment.getProperty("ledger.finance.until");
        this.scope = new ReplayScope(ReplayScope.EVENT_TABLE,
                environment.getProperty("ledger.finance.up-to-global-index", Long.class),
                until == null ? null : Instant.parse(until));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exitCode;
        try {
            ReconciliationReport report = reconciliation.reconcile(scope);
            System.out.print(report.summary());
            exitCode = report.balanced() ? 0 : 1;
        } catch (RuntimeException failure) {
            log.error("Reconciliation failed: {}", failure.getMessage());
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
