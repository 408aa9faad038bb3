package dev.orderledger.api.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A UTC day's settlement from the journal entries recorded that day: per seller (by id, then currency) what was
 * settled to them and charged back; the platform's totals per kind of transfer ({@code pay-in}, {@code settle},
 * ...); and the money that flowed from one kind of account to another. Amounts are exact, in their currency.
 */
public record DailySettlementSummary(LocalDate day, List<SellerDay> sellers, List<TransferKindTotal> transferKinds,
                                     List<Flow> flows) {

    public DailySettlementSummary {
        sellers = List.copyOf(sellers);
        transferKinds = List.copyOf(transferKinds);
        flows = List.copyOf(flows);
    }

    /** What one seller was settled and charged back that day, in one currency, and the net of the two. */
    public record SellerDay(String sellerId, String currency, int ordersSettled, BigDecimal settled,
                            BigDecimal chargedBack, BigDecimal net) {
    }

    /** The platform's total of one kind of transfer that day, in one currency. */
    public record TransferKindTotal(String kind, String currency, int transfers, BigDecimal amount) {
    }

    /** The money moved that day from accounts of one kind ({@code platform-gateway}) to another ({@code platform-clearing}). */
    public record Flow(String fromKind, String toKind, String currency, int transfers, BigDecimal amount) {
    }
}
