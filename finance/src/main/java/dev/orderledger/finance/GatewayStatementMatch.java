package dev.orderledger.finance;

import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import dev.orderledger.finance.GatewayStatementReport.CurrencyTotals;
import dev.orderledger.finance.JournalEntries.Recorded;
import dev.orderledger.finance.StatementDifference.Kind;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import dev.orderledger.api.gateway.GatewayStatement.Type;
import dev.orderledger.api.gateway.RefundReference;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static dev.orderledger.api.account.JournalEntryKind.PAY_IN;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_OUT;
import static dev.orderledger.api.account.JournalEntryKind.RETURN_OUT;

/**
 * Matches a day's gateway statement with the journal entries that moved money through the gateway
 * (those touching a {@code platform-gateway:*} account: from it is cash in, to it cash out).
 * <ul>
 *     <li>a payment line names its pay order {@code P}, recorded as {@code pay-in:P}; a refund line
 *     {@code refund:R} is recorded as {@code refund-out:R}, a refund line {@code return:P:r} as
 *     {@code return-out:P:r};</li>
 *     <li>a line is looked for among the entries stored from the day's start minus the grace to the
 *     next day's start plus the grace, so money that crossed midnight between the gateway and the
 *     ledger still matches; an entry is reported missing from the statement only when it was stored
 *     within the day itself;</li>
 *     <li>a transaction listed more than once, or a reference with several transactions (the money
 *     moved twice), is a {@link Kind#DUPLICATE}; a transaction listed again is then matched once, as
 *     first listed.</li>
 * </ul>
 * Pure: the same lines and entries give the same report.
 */
final class GatewayStatementMatch {

    private static final Comparator<Line> IN_COMPLETION_ORDER = Comparator.comparing(Line::completedAt)
            .thenComparing(Line::transactionId);

    private final Window day;
    private final Window searched;
    private final Instant earlyUntil;
    private final Map<String, Recorded> throughGateway = new LinkedHashMap<>();
    private final Set<String> accountedFor = new HashSet<>();
    private final List<StatementDifference> found = new ArrayList<>();
    private int matched;

    private GatewayStatementMatch(LocalDate day, Duration grace) {
        this.day = Window.around(day, Duration.ZERO);
        this.searched = Window.around(day, grace);
        this.earlyUntil = this.day.from().plus(grace);
    }

    /** A span of storage instants: from (inclusive) until (exclusive). */
    record Window(Instant from, Instant until) {

        /** The UTC day widened by the grace on both sides. */
        static Window around(LocalDate day, Duration grace) {
            requireGrace(grace);
            return new Window(JournalEntries.startOf(day).minus(grace), JournalEntries.startOf(day.plusDays(1)).plus(grace));
        }

        /** @throws IllegalArgumentException for a negative grace */
        static void requireGrace(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("the statement grace is not negative: " + grace);
            }
        }

        boolean holds(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(until);
        }
    }

    /**
     * @param entries journal entries; those stored outside {@link Window#around the day and its grace} and those not
     *                touching the gateway are ignored
     */
    static GatewayStatementReport match(LocalDate day, Duration grace, GatewayStatement statement, List<Recorded> entries) {
        GatewayStatementMatch match = new GatewayStatementMatch(day, grace);
        entries.stream()
                .filter(entry -> match.searched.holds(entry.storedAt()) && touchesGateway(entry.transfer()))
                .forEach(entry -> match.throughGateway.putIfAbsent(entry.transfer().transferId().value(), entry));
        List<Line> distinct = match.listings(statement.lines());
        Map<Key, List<Line>> byReference = new TreeMap<>();
        distinct.forEach(line -> byReference.computeIfAbsent(new Key(line.type(), line.reference()), key -> new ArrayList<>()).add(line));
        byReference.values().forEach(transactions -> transactions.sort(IN_COMPLETION_ORDER));
        byReference.forEach(match::matchReference);
        List<Recorded> ofTheDay = match.throughGateway.values().stream()
                .filter(entry -> match.day.holds(entry.storedAt())).toList();
        ofTheDay.stream().filter(entry -> !match.accountedFor.contains(entry.transfer().transferId().value()))
                .forEach(match::missingInStatement);
        return new GatewayStatementReport(day, grace.toString(), match.searched.from(), match.searched.until(),
                statement.lines().size(), distinct.size(), match.matched, ofTheDay.size(),
                totals(statement.lines(), ofTheDay), match.found.stream().sorted(StatementDifference.ORDER).toList());
    }

    /** Each transaction once, as first listed; a transaction listed again is a duplicate. */
    private List<Line> listings(List<Line> lines) {
        Map<String, List<Line>> byTransaction = new LinkedHashMap<>();
        lines.forEach(line -> byTransaction.computeIfAbsent(line.transactionId(), id -> new ArrayList<>()).add(line));
        List<Line> distinct = new ArrayList<>();
        byTransaction.forEach((transactionId, listed) -> {
            Line first = listed.get(0);
            distinct.add(first);
            if (listed.size() > 1) {
                boolean alike = listed.stream().allMatch(first::equals);
                Recorded entry = throughGateway.get(transferIdOf(first.type(), first.reference()));
                add(Kind.DUPLICATE, first.reference(), List.of(transactionId), entry, amounts(listed),
                        "transaction " + transactionId + " is listed " + listed.size() + " times"
                        + (alike ? "" : ", not alike each time"));
            }
        });
        return distinct;
    }

    private void matchReference(Key key, List<Line> transactions) {
        String transferId = transferIdOf(key.type(), key.reference());
        Recorded entry = transferId == null ? null : throughGateway.get(transferId);
        if (entry != null) {
            accountedFor.add(transferId);
        }
        List<String> transactionIds = transactions.stream().map(Line::transactionId).toList();
        String what = key.type() == Type.PAYMENT ? "payment" : "refund";
        if (transactions.size() > 1) {
            add(Kind.DUPLICATE, key.reference(), transactionIds, entry, amounts(transactions),
                    "the gateway moved money " + transactions.size() + " times for one " + what + " of "
                    + key.reference() + " (transactions " + String.join(", ", transactionIds) + "); the journal has "
                    + (entry == null ? "no " + (transferId == null ? "entry for it" : transferId) : "one entry, " + transferId
                            + " of " + entry.transfer().amount()));
            return;
        }
        Line line = transactions.get(0);
        if (entry == null) {
            add(Kind.MISSING_IN_LEDGER, key.reference(), transactionIds, null, amounts(transactions), transferId == null
                    ? "the gateway lists a refund of " + line.amount() + " (transaction " + line.transactionId()
                      + ") under a reference the ledger never gives (refund:<refundId> or return:<payOrderId>:<returnId>)"
                    : "the gateway lists a " + what + " of " + line.amount() + " (transaction " + line.transactionId()
                      + ", completed " + line.completedAt() + "); the journal has no " + transferId
                      + " stored from " + searched.from() + " to " + searched.until());
        } else if (!line.amount().equals(entry.transfer().amount())) {
            add(Kind.AMOUNT, key.reference(), transactionIds, entry, amounts(transactions),
                    "the gateway lists " + line.amount() + " for the " + what + " of " + key.reference()
                    + " (transaction " + line.transactionId() + "), the journal recorded " + entry.transfer().amount()
                    + " (" + transferId + ")");
        } else {
            matched++;
        }
    }

    private void missingInStatement(Recorded entry) {
        TransferRecordedEvent transfer = entry.transfer();
        Key key = keyOf(transfer);
        if (key != null && entry.storedAt().isBefore(earlyUntil)) {
            add(Kind.UNCONFIRMED, key.reference(), List.of(), entry, null, "the journal recorded " + transfer.transferId()
                    + " of " + transfer.amount() + " through the gateway early in the day (stored " + entry.storedAt()
                    + "); the statement lists no " + key.type().name().toLowerCase() + " of " + key.reference()
                    + ": it is most likely on the previous day's statement");
            return;
        }
        add(Kind.MISSING_IN_STATEMENT, key == null ? null : key.reference(), List.of(), entry, null, key == null
                ? "the journal moved " + transfer.amount() + " through the gateway (" + transfer.transferId()
                  + ", stored " + entry.storedAt() + ") in an entry no statement line can name"
                : "the journal recorded " + transfer.transferId() + " of " + transfer.amount() + " through the gateway (stored "
                  + entry.storedAt() + "); the statement lists no " + key.type().name().toLowerCase() + " of "
                  + key.reference());
    }

    private void add(Kind kind, String reference, List<String> transactionIds, Recorded entry, String statementAmount,
                     String detail) {
        TransferRecordedEvent transfer = entry == null ? null : entry.transfer();
        found.add(new StatementDifference(kind, reference, transactionIds,
                transfer == null ? null : transfer.transferId().value(), transfer == null ? null : transfer.orderReference(),
                statementAmount, transfer == null ? null : transfer.amount().toString(),
                entry == null ? null : entry.globalIndex(), entry == null ? null : entry.eventId(), detail));
    }

    /** The journal entry that records what a line lists; null for a refund reference the ledger never gives. */
    static String transferIdOf(Type type, String reference) {
        if (type == Type.PAYMENT) {
            return PAY_IN.of(reference).value();
        }
        try {
            RefundReference refund = RefundReference.parse(reference);
            if (refund instanceof RefundReference.OrderRefund orderRefund) {
                return REFUND_OUT.of(orderRefund.refundId()).value();
            }
            RefundReference.PaymentReturn paymentReturn = (RefundReference.PaymentReturn) refund;
            return RETURN_OUT.of(paymentReturn.payOrderId(), paymentReturn.returnId()).value();
        } catch (InvalidValue notOurs) {
            return null;
        }
    }

    /** What a journal entry through the gateway is listed as; null for an entry of another kind. */
    private static Key keyOf(TransferRecordedEvent transfer) {
        TransferId id = transfer.transferId();
        boolean in = transfer.from().kind() == AccountKind.PLATFORM_GATEWAY;
        if (in) {
            return PAY_IN.causeOf(id).map(payOrderId -> new Key(Type.PAYMENT, payOrderId)).orElse(null);
        }
        Optional<String> refundId = REFUND_OUT.causeOf(id);
        if (refundId.isPresent()) {
            return new Key(Type.REFUND, new RefundReference.OrderRefund(refundId.get()).value());
        }
        return RETURN_OUT.causeOf(id).map(payOrderAndReturn -> new Key(Type.REFUND, "return:" + payOrderAndReturn)).orElse(null);
    }

    private static boolean touchesGateway(TransferRecordedEvent transfer) {
        return transfer.from().kind() == AccountKind.PLATFORM_GATEWAY || transfer.to().kind() == AccountKind.PLATFORM_GATEWAY;
    }

    private static String amounts(List<Line> lines) {
        return lines.stream().map(line -> line.amount().toString()).collect(Collectors.joining(" + "));
    }

    private static List<CurrencyTotals> totals(List<Line> lines, List<Recorded> ofTheDay) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Line line : lines) {
            sum(sums, line.amount(), line.type() == Type.PAYMENT ? 0 : 1);
        }
        for (Recorded entry : ofTheDay) {
            TransferRecordedEvent transfer = entry.transfer();
            sum(sums, transfer.amount(), transfer.from().kind() == AccountKind.PLATFORM_GATEWAY ? 2 : 3);
        }
        return sums.entrySet().stream().map(sum -> new CurrencyTotals(sum.getKey(), sum.getValue()[0].toPlainString(),
                sum.getValue()[1].toPlainString(), sum.getValue()[2].toPlainString(), sum.getValue()[3].toPlainString()))
                .toList();
    }

    private static void sum(Map<String, BigDecimal[]> sums, Money amount, int column) {
        BigDecimal[] row = sums.computeIfAbsent(amount.currency().getCurrencyCode(), code -> zeros(amount.currency()));
        row[column] = row[column].add(amount.amount());
    }

    private static BigDecimal[] zeros(Currency currency) {
        BigDecimal zero = BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        return new BigDecimal[]{zero, zero, zero, zero};
    }

    /** A payment or refund as both sides name it: its type and merchant reference. */
    private record Key(Type type, String reference) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::type).thenComparing(Key::reference);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
