package dev.orderledger.finance;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a replay folds, each part by itself: the journal, the pay orders and the orders they
 * paid, refunds against the order lines, stock, and coupons. The parts only meet when they are checked.
 */
final class ReplayedHistory {

    private final LedgerFold ledger = new LedgerFold();
    private final PaymentFold payments = new PaymentFold();
    private final RefundFold refunds = new RefundFold();
    private final StockFold stock = new StockFold();
    private final CouponFold coupons = new CouponFold();
    private final List<Discrepancy> unreadable = new ArrayList<>();
    private long events;
    private long lastGlobalIndex;
    private Instant end;

    /** The payloads a replay reads, for every part of the history. */
    static StoredPayloads payloads(ObjectMapper eventMapper) {
        StoredPayloads payloads = new StoredPayloads(eventMapper);
        LedgerFold.readFrom(payloads);
        PaymentFold.readFrom(payloads);
        RefundFold.readFrom(payloads);
        StockFold.readFrom(payloads);
        CouponFold.readFrom(payloads);
        return payloads;
    }

    void counted(EventRef at) {
        events++;
        lastGlobalIndex = at.globalIndex();
    }

    /** A stored payload that could not be read: named in the report, and left out of every fold. */
    void unreadable(EventRef at, String payloadType, String reason) {
        unreadable.add(Discrepancy.of(Discrepancy.Check.UNREADABLE, null, payloadType, null, null, null, List.of(at),
                "the stored payload cannot be read: " + reason));
    }

    /** The payloads that could not be read. */
    List<Discrepancy> unreadable() {
        return unreadable;
    }

    /** The replay read up to this instant: the time the last event it read was stored. */
    void endsAt(Instant instant) {
        end = instant;
    }

    /** How many events were folded. */
    long events() {
        return events;
    }

    /** The global index of the last event folded (0 when none was). */
    long lastGlobalIndex() {
        return lastGlobalIndex;
    }

    /** When the last event folded was stored; null when none was. */
    Instant end() {
        return end;
    }

    LedgerFold ledger() {
        return ledger;
    }

    PaymentFold payments() {
        return payments;
    }

    RefundFold refunds() {
        return refunds;
    }

    StockFold stock() {
        return stock;
    }

    CouponFold coupons() {
        return coupons;
    }
}
