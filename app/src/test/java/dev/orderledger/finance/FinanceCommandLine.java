package dev.orderledger.finance;

import org.springframework.mock.env.MockEnvironment;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Finance's command line run inside the test's ledger, without the process exiting. */
final class FinanceCommandLine {

    private FinanceCommandLine() {
    }

    /** Runs it with these arguments; answers its exit code, a space, and what it printed. */
    static String run(LedgerReconciliation reconciliation, GatewayStatements statements, MockEnvironment arguments) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = new ReconciliationRunner(reconciliation, statements, null, arguments)
                .execute(new PrintStream(printed, true, StandardCharsets.UTF_8));
        return code + " " + printed.toString(StandardCharsets.UTF_8);
    }
}
