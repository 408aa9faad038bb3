package dev.orderledger.query.account;

import dev.orderledger.api.account.FindSellerSettlementsQuery;
import dev.orderledger.api.account.SellerSettlements;
import dev.orderledger.api.account.TimeRange;
import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.account.AccountViewProjection;
import dev.orderledger.projections.order.OrderViewProjection;
import dev.orderledger.query.consistency.ReadYourWrites;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Sellers read their own settlement: what the platform paid them for which orders, and what is still to come. */
@RestController
class SellerSettlementController {

    private final QueryGateway queries;

    SellerSettlementController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The orders settled in the period ({@code from} inclusive, {@code to} exclusive), the latest first. */
    @GetMapping("/api/seller/settlements")
    @PreAuthorize("hasRole('SELLER')")
    @ReadYourWrites({AccountViewProjection.PROCESSING_GROUP, OrderViewProjection.PROCESSING_GROUP})
    SellerSettlements settlements(@RequestParam(required = false) @InCalendar Instant from,
                                  @RequestParam(required = false) @InCalendar Instant to,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size,
                                  Actor requester) {
        Paging.requireWithinDepth(page, size);
        return queries.query(new FindSellerSettlementsQuery(requester.userId(), new TimeRange(from, to), page, size),
                        ResponseTypes.instanceOf(SellerSettlements.class))
                .join();
    }
}
