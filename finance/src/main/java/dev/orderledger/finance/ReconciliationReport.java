package dev.orderledger.finance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a replay found. It holds nothing that differs between two replays of the same events (no
 * clock, no timing), so the same history always gives the same report, byte for byte; the one
 * exception is the {@code READ_MODEL} comparison, which shows the account view as it is when asked.
 *
 * @param table            the event table replayed
 * @param upToGlobalIndex  the last global index the replay was allowed to read (null: the whole stream)
 * @param until            the instant the replay stopped before (ISO-8601), or null
 * @param events           how many events were folded
 * @param lastGlobalIndex  the global index of the last of them
 * @param accounts         how many accounts the journal has
 * @param transfers        how many journal entries it has
 * @param payOrdersPaid    how many pay orders succeeded
 * @param paymentsInFlight of those, how many were so recent that their journal entries were still to come
 * @param refunds          how many refunds were requested (and not released)
 * @param skus             how many SKUs have stock
 * @param couponsRedeemed  how many coupon redemptions there were (rolled back or not)
 * @param balanceSums      per currency, the sum of all accounts' balances (zero when the books balance)
 * @param kindSums         per kind of account and currency, how many accounts and the sum of their balances
 * @param discrepancies    everything found wrong, in a fixed order
 */
public record ReconciliationReport(String table, Long upToGlobalIndex, String until, long events, long lastGlobalIndex,
                                   long accounts, long transfers, long payOrdersPaid, long paymentsInFlight, long refunds,
                                   long skus, long couponsRedeemed, Map<String, String> balanceSums,
                                   List<KindSum> kindSums, List<Discrepancy> discrepancies) {

    /** The balances of one kind of account ({@code seller}, {@code platform-clearing}, ...) in one currency. */
    public record KindSum(String kind, String currency, long accounts, String sum) {
    }

    /** Whether the books balance: nothing was found wrong. */
    public boolean balanced() {
        return discrepancies.isEmpty();
    }

    /** A few lines for people: the totals, then one line per discrepancy. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Reconciliation of ").append(table).append(" up to global index ").append(lastGlobalIndex)
                .append(": ").append(events).append(" events, ").append(accounts).append(" accounts, ")
                .append(transfers).append(" transfers\n");
        text.append("Checked: ").append(payOrdersPaid).append(" pay orders paid (").append(paymentsInFlight)
                .append(" still in flight), ").append(refunds).append(" refunds, ").append(skus).append(" SKUs, ")
                .append(couponsRedeemed).append(" coupon redemptions\n");
        text.append("Sum of balances: ").append(balanceSums.entrySet().stream()
                .map(sum -> sum.getValue() + " " + sum.getKey()).collect(Collectors.joining(", "))).append('\n');
        text.append(balanced() ? "The books balance.\n" : discrepancies.size() + " discrepancies:\n");
        for (Discrepancy found : discrepancies) {
            text.append("  ").append(found.check());
            field(text, "account", found.account());
            field(text, "subject", found.subject());
            field(text, "order", found.orderReference());
            field(text, "transfer", found.transferId());
            field(text, "amount", found.amount());
            text.append(" events=").append(found.globalIndexes()).append(": ").append(found.detail()).append('\n');
        }
        return text.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append(' ').append(name).append('=').append(value);
        }
    }
}
