package dev.orderledger.api.finance;

import java.util.List;
import java.util.Map;

/**
 * What a reconciliation found, for people: whether the books balance, what was replayed and checked, the sum
 * of balances per account kind (exact decimal text, by currency), each discrepancy with the order and transfer
 * it names, and the report's text as {@code POST /api/finance/reconciliation} prints it.
 */
public record ReconciliationSummary(boolean balanced, long events, long lastGlobalIndex, long accounts, long transfers,
                                    long payOrdersPaid, long paymentsInFlight, long refunds, Map<String, String> balanceSums,
                                    List<Finding> findings, String text) {

    public ReconciliationSummary {
        balanceSums = Map.copyOf(balanceSums);
        findings = List.copyOf(findings);
    }

    /** One discrepancy: which check, on which account and subject, the order and transfer it names, how much. */
    public record Finding(String check, String account, String subject, String orderReference, String transferId,
                          String amount, String detail) {
    }
}
