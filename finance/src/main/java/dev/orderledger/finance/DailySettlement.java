package dev.orderledger.finance;

import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.money.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.orderledger.api.account.JournalEntryKind.CHARGEBACK;
import static dev.orderledger.api.account.JournalEntryKind.SETTLE;

/**
 * One day's settlement (a UTC day), from the journal entries recorded in the event store that day:
 * per seller, what was settled to them (transfers {@code settle:} into their account) and charged
 * back (transfers {@code chargeback:} out of it); and the platform's totals per kind of transfer
 * (the transfer id's prefix: {@code pay-in}, {@code settle}, {@code refund-out}, ...), and the money
 * that flowed from one kind of account to another ({@code platform-gateway} to {@code platform-clearing}, ...).
 */
@Component
class DailySettlement {


    private final JournalEntries journal;

    DailySettlement(JournalEntries journal) {
        this.journal = journal;
    }

    Day of(LocalDate day) {
        Map<String, SellerDay> sellers = new TreeMap<>();
        Map<String, KindTotal> platform = new TreeMap<>();
        Map<String, Flow> flows = new TreeMap<>();
        for (JournalEntries.Recorded entry : journal.on(day)) {
            TransferRecordedEvent transfer = entry.transfer();
            String kind = kindOf(transfer.transferId().value());
            platform.merge(kind + " " + currency(transfer.amount()),
                    new KindTotal(kind, currency(transfer.amount()), 1, transfer.amount().amount()), KindTotal::plus);
            Flow flow = new Flow(transfer.from().kind().code(), transfer.to().kind().code(), currency(transfer.amount()), 1,
                    transfer.amount().amount());
            flows.merge(flow.fromKind() + " " + flow.toKind() + " " + flow.currency(), flow, Flow::plus);
            if (kind.equals(SETTLE.code()) && transfer.to().kind() == AccountKind.SELLER) {
                sellers.merge(transfer.to().owner() + " " + currency(transfer.amount()),
                        SellerDay.settled(transfer.to().owner(), transfer.amount()), SellerDay::plus);
            } else if (kind.equals(CHARGEBACK.code()) && transfer.from().kind() == AccountKind.SELLER) {
                sellers.merge(transfer.from().owner() + " " + currency(transfer.amount()),
                        SellerDay.chargedBack(transfer.from().owner(), transfer.amount()), SellerDay::plus);
            }
        }
        return new Day(day, List.copyOf(sellers.values()), List.copyOf(platform.values()), List.copyOf(flows.values()));
    }

    private static String kindOf(String transferId) {
        int colon = transferId.indexOf(':');
        return colon < 0 ? "other" : transferId.substring(0, colon);
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    /**
     * A day's settlement: per seller (by id, then currency), the platform's totals per kind of transfer, and the
     * flows between kinds of account (by kind from, kind to, currency).
     */
    record Day(LocalDate day, List<SellerDay> sellers, List<KindTotal> platform, List<Flow> flows) {

        String sellersCsv() {
            StringBuilder csv = new StringBuilder("day,seller_id,currency,orders_settled,settled,charged_back,net\n");
            sellers.forEach(seller -> csv.append(day).append(',').append(seller.sellerId()).append(',')
                    .append(seller.currency()).append(',').append(seller.ordersSettled()).append(',')
                    .append(seller.settled().toPlainString()).append(',').append(seller.chargedBack().toPlainString())
                    .append(',').append(seller.net().toPlainString()).append('\n'));
            return csv.toString();
        }

        String platformCsv() {
            StringBuilder csv = new StringBuilder("day,transfer_kind,currency,transfers,amount\n");
            platform.forEach(total -> csv.append(day).append(',').append(total.kind()).append(',')
                    .append(total.currency()).append(',').append(total.transfers()).append(',')
                    .append(total.amount().toPlainString()).append('\n'));
            return csv.toString();
        }
    }

    /** What one seller was settled and charged back that day, in one currency. */
    record SellerDay(String sellerId, String currency, int ordersSettled, BigDecimal settled, BigDecimal chargedBack) {

        static SellerDay settled(String sellerId, Money amount) {
            return new SellerDay(sellerId, DailySettlement.currency(amount), 1, amount.amount(), BigDecimal.ZERO.setScale(amount.amount().scale()));
        }

        static SellerDay chargedBack(String sellerId, Money amount) {
            return new SellerDay(sellerId, DailySettlement.currency(amount), 0, BigDecimal.ZERO.setScale(amount.amount().scale()), amount.amount());
        }

        SellerDay plus(SellerDay other) {
            return new SellerDay(sellerId, currency, ordersSettled + other.ordersSettled, settled.add(other.settled),
                    chargedBack.add(other.chargedBack));
        }

        public BigDecimal net() {
            return settled.subtract(chargedBack);
        }
    }

    /** The platform's total of one kind of transfer that day, in one currency. */
    record KindTotal(String kind, String currency, int transfers, BigDecimal amount) {

        KindTotal plus(KindTotal other) {
            return new KindTotal(kind, currency, transfers + other.transfers, amount.add(other.amount));
        }
    }

    /** The money moved that day from accounts of one kind to accounts of another, in one currency. */
    record Flow(String fromKind, String toKind, String currency, int transfers, BigDecimal amount) {

        Flow plus(Flow other) {
            return new Flow(fromKind, toKind, currency, transfers + other.transfers, amount.add(other.amount));
        }
    }
}
