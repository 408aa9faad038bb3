package dev.orderledger.api.finance;

import java.util.List;
import java.util.Map;

/**
 * What a reconciliation found, for people: whether the books balance, what was replayed and checked, the sum
 * of all balances per currency ({@code balanceSums}: zero when every transfer has both its sides), the balances
 * per account kind and currency, each discrepancy with the order and transfer it names, and the report's text as
 * {@code POST /api/finance/reconciliation} prints it. Amounts are exact decimal text.
 */
public record ReconciliationSummary(boolean balanced, long events, long lastGlobalIndex, long accounts, long transfers,
                                    long payOrdersPaid, long paymentsInFlight, long refunds, Map<String, String> balanceSums,
                                    List<KindBalance> kindBalances, List<Finding> findings, String text) {

    public ReconciliationSummary {
        balanceSums = Map.copyOf(balanceSums);
        kindBalances = List.copyOf(kindBalances);
        findings = List.copyOf(findings);
    }

    /**
     * The balances of one kind of account ({@code buyer-wallet}, {@code seller}, {@code platform-clearing}, ...)
     * in one currency: how many accounts, and the sum of their balances.
     */
    public record KindBalance(String kind, String currency, long accounts, String sum) {
    }

    /** One discrepancy: which check, on which account and subject, the order and transfer it names, how much. */
    public record Finding(String check, String account, String subject, String orderReference, String transferId,
                          String amount, String detail) {
    }
}
