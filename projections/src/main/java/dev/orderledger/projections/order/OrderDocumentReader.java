package dev.orderledger.projections.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.order.OrderDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/**
 * Reads the order documents {@link OrderDocuments} keeps: one row by primary key, in plain SQL. A
 * document this code wrote is the JSON a reader gets, answered as it is stored; one of another
 * {@link DocumentShape} is read and written again, and a row without one is rendered from the views.
 */
@Component
public class OrderDocumentReader {

    private final JdbcClient jdbc;
    private final OrderDocuments documents;
    private final OrderDetails details;
    private final OrderViewRepository orders;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;

    OrderDocumentReader(JdbcClient jdbc, OrderDocuments documents, OrderDetails details, OrderViewRepository orders,
                        PlatformTransactionManager transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.details = details;
        this.orders = orders;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /** The row of this order, if the views have it. */
    public Optional<OrderDocument> find(String orderId) {
        return jdbc.sql("SELECT order_id, buyer_id, seller_id, detail, detail_shape FROM order_view WHERE order_id = ?")
                .param(orderId)
                .query((row, number) -> new OrderDocument(row.getString("order_id"), row.getString("buyer_id"),
                        row.getString("seller_id"), row.getString("detail"), row.getString("detail_shape")))
                .optional();
    }

    /** The order's detail as a reader gets it, in JSON. */
    public String json(OrderDocument order) {
        if (order.answersAsStored()) {
            return order.detail();
        }
        try {
            return json.writeValueAsString(detail(order));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("an order detail that does not write as JSON", unwritable);
        }
    }

    /** The order's detail. */
    public OrderDetail detail(OrderDocument order) {
        if (order.detail() != null) {
            return documents.read(order.detail());
        }
        return readOnly.execute(status ->
                orders.findById(order.orderId()).map(view -> details.whole(view).detail()).orElseThrow());
    }
}
