package dev.orderledger.finance;

import dev.orderledger.api.finance.DailySettlementSummary;
import dev.orderledger.api.finance.FindDailySettlementQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindDailySettlementQuery} for other modules (the console) with the day the API shows. */
@Component
class DailySettlementQueries {

    private final DailySettlement settlement;

    DailySettlementQueries(DailySettlement settlement) {
        this.settlement = settlement;
    }

    @QueryHandler
    DailySettlementSummary handle(FindDailySettlementQuery query) {
        DailySettlement.Day day = settlement.of(query.day());
        return new DailySettlementSummary(day.day(),
                day.sellers().stream().map(seller -> new DailySettlementSummary.SellerDay(seller.sellerId(),
                        seller.currency(), seller.ordersSettled(), seller.settled(), seller.chargedBack(), seller.net())).toList(),
                day.platform().stream().map(total -> new DailySettlementSummary.TransferKindTotal(total.kind(),
                        total.currency(), total.transfers(), total.amount())).toList(),
                day.flows().stream().map(flow -> new DailySettlementSummary.Flow(flow.fromKind(), flow.toKind(),
                        flow.currency(), flow.transfers(), flow.amount())).toList());
    }
}
