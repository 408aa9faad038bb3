package dev.orderledger.query.order;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.FindOrderDetailQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.order.OrderViewProjection;
import dev.orderledger.query.consistency.ReadYourWrites;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Buyers read their orders. */
@RestController
@RequestMapping("/api/orders")
class OrderQueryController {

    private final QueryGateway queries;

    OrderQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{orderId}")
    @ReadYourWrites(OrderViewProjection.PROCESSING_GROUP)
    OrderDetail detail(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX, message = "an order id has 19 digits") String orderId,
                       Actor requester) {
        return queries.query(new FindOrderDetailQuery(OrderId.of(orderId), requester),
                        ResponseTypes.optionalInstanceOf(OrderDetail.class))
                .join()
                .orElseThrow(() -> new ResourceNotFound("no order " + orderId));
    }
}
