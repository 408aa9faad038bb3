package dev.orderledger.finance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Finance's command line: does what the arguments ask, prints the summaries and exits, 0 when all is
 * well and 1 when anything disagrees or cannot be read.
 * <ul>
 *     <li>{@code --ledger.finance.reconcile=true} (optionally {@code --ledger.finance.up-to-global-index=N} or
 *     {@code --ledger.finance.until=<instant>}): replays the journal and checks that the books balance;</li>
 *     <li>{@code --ledger.finance.gateway-statement=<path to csv> --ledger.finance.statement-day=YYYY-MM-DD}:
 *     matches the gateway's statement of that day with the journal ({@link GatewayStatements}).</li>
 * </ul>
 * Either is a finance run ({@link #asked}); given both, it does both. The assembly starts it in a
 * context of its own, with a datasource and finance's replay only: it reads the store in one read-only
 * transaction, so it runs beside a live ledger.
 */
public class ReconciliationRunner implements ApplicationRunner {

    static final String RECONCILE = "ledger.finance.reconcile";
    static final String GATEWAY_STATEMENT = "ledger.finance.gateway-statement";
    static final String STATEMENT_DAY = "ledger.finance.statement-day";
    private static final Logger log = LoggerFactory.getLogger(ReconciliationRunner.class);

    private final LedgerReconciliation reconciliation;
    private final GatewayStatements statements;
    private final ConfigurableApplicationContext context;
    private final Environment environment;

    ReconciliationRunner(LedgerReconciliation reconciliation, GatewayStatements statements,
                         ConfigurableApplicationContext context, Environment environment) {
        this.reconciliation = reconciliation;
        this.statements = statements;
        this.context = context;
        this.environment = environment;
    }

    /** Whether these command line arguments ask for a finance run rather than the ledger. */
    public static boolean asked(String... arguments) {
        SimpleCommandLinePropertySource given = new SimpleCommandLinePropertySource(arguments);
        return "true".equals(given.getProperty(RECONCILE)) || given.containsProperty(GATEWAY_STATEMENT);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code = execute(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Does what the arguments ask and prints the summaries; returns the exit code. */
    int execute(PrintStream out) {
        boolean allWell = true;
        if (environment.getProperty(RECONCILE, Boolean.class, false)) {
            allWell = reconcile(out);
        }
        String statement = environment.getProperty(GATEWAY_STATEMENT);
        if (statement != null) {
            allWell &= matchStatement(Path.of(statement), out);
        }
        return allWell ? 0 : 1;
    }

    private boolean reconcile(PrintStream out) {
        try {
            String until = environment.getProperty("ledger.finance.until");
            ReconciliationReport report = reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE,
                    environment.getProperty("ledger.finance.up-to-global-index", Long.class),
                    until == null ? null : Instant.parse(until)));
            out.print(report.summary());
            return report.balanced();
        } catch (RuntimeException failure) {
            log.error("Reconciliation failed: {}", failure.getMessage());
            return false;
        }
    }

    private boolean matchStatement(Path file, PrintStream out) {
        try {
            String day = environment.getProperty(STATEMENT_DAY);
            if (day == null) {
                throw new IllegalArgumentException("--" + STATEMENT_DAY + "=YYYY-MM-DD names the statement's day");
            }
            GatewayStatementReport report = statements.match(LocalDate.parse(day),
                    Files.readString(file, StandardCharsets.UTF_8));
            out.print(report.summary());
            return report.agrees();
        } catch (IOException | RuntimeException failure) {
            log.error("The gateway statement {} could not be matched: {}", file, failure.getMessage());
            out.println("The gateway statement " + file + " could not be matched: " + failure.getMessage());
            return false;
        }
    }
}
