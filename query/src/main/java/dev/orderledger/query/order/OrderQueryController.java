package dev.orderledger.query.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPage;
import dev.orderledger.api.order.ItemStatus;
import dev.orderledger.api.order.OrderRefundStatus;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.order.OrderDocumentReader;
import dev.orderledger.projections.order.OrderViewProjection;
import dev.orderledger.query.consistency.ReadYourWrites;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * Orders as their readers see them: one order's detail for its buyer, its seller and admins (404
 * for anyone else), a buyer's own orders, a seller's orders, and the admins' search. Lists are
 * newest placed first, in pages of {@link Paging}.
 */
@RestController
class OrderQueryController {

    private static final String ORDER_ID_MESSAGE = "an order id has 19 digits";

    private final QueryGateway queries;
    private final OrderDocumentReader documents;

    OrderQueryController(QueryGateway queries, OrderDocumentReader documents) {
        this.queries = queries;
        this.documents = documents;
    }

    /**
     * The order's detail: the document the order views keep, answered as stored (ADR 0018). Its schema
     * is {@link OrderDetail}'s.
     */
    @GetMapping(path = "/api/orders/{orderId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ReadYourWrites(OrderViewProjection.PROCESSING_GROUP)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderDetail.class)))
    String detail(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX, message = ORDER_ID_MESSAGE) String orderId,
                  Actor requester) {
        return documents.find(orderId)
                .filter(order -> order.readableBy(requester))
                .map(documents::json)
                .orElseThrow(() -> new ResourceNotFound("no order " + orderId));
    }

    /** The requester's own orders, as their buyer. */
    @GetMapping("/api/orders")
    @ReadYourWrites(OrderViewProjection.PROCESSING_GROUP)
    OrderPage mine(@RequestParam(required = false) OrderStatus status,
                   @RequestParam(required = false) OrderRefundStatus refundStatus,
                   @RequestParam(required = false) ItemStatus.Kind itemStatus,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                   Actor requester) {
        return page(FindOrdersQuery.ofBuyer(requester.userId(), status, refundStatus, itemStatus, page, size));
    }

    /** The orders of the requester's items, as their seller. */
    @GetMapping("/api/seller/orders")
    @PreAuthorize("hasRole('SELLER')")
    @ReadYourWrites(OrderViewProjection.PROCESSING_GROUP)
    OrderPage sold(@RequestParam(required = false) OrderStatus status,
                   @RequestParam(required = false) OrderRefundStatus refundStatus,
                   @RequestParam(required = false) ItemStatus.Kind itemStatus,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                   Actor requester) {
        return page(FindOrdersQuery.ofSeller(requester.userId(), status, refundStatus, itemStatus, page, size));
    }

    /**
     * Any orders, by order id, buyer, seller, status and placement time: {@code from} inclusive,
     * {@code to} exclusive, each an instant ({@code 2025-03-01T08:00:00Z}) or a day
     * ({@code 2025-03-01}, from its start in UTC).
     */
    @GetMapping("/api/admin/orders")
    @PreAuthorize("hasRole('ADMIN')")
    @ReadYourWrites(OrderViewProjection.PROCESSING_GROUP)
    OrderPage search(@RequestParam(required = false) @Pattern(regexp = Identifiers.ORDER_ID_REGEX, message = ORDER_ID_MESSAGE) String orderId,
                     @RequestParam(required = false) @Pattern(regexp = Identifiers.NAME_REGEX) String buyerId,
                     @RequestParam(required = false) @Pattern(regexp = Identifiers.NAME_REGEX) String sellerId,
                     @RequestParam(required = false) OrderStatus status,
                     @RequestParam(required = false) OrderRefundStatus refundStatus,
                     @RequestParam(required = false) ItemStatus.Kind itemStatus,
                     @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        PlacementPeriod placed = PlacementPeriod.of(from, to);
        return page(new FindOrdersQuery(orderId == null ? null : OrderId.of(orderId), buyerId == null ? null : UserId.of(buyerId),
                sellerId == null ? null : UserId.of(sellerId), status, refundStatus, itemStatus,
                placed.from(), placed.until(), page, size));
    }

    private OrderPage page(FindOrdersQuery query) {
        Paging.requireWithinDepth(query.page(), query.size());
        return queries.query(query, ResponseTypes.instanceOf(OrderPage.class)).join();
    }
}
