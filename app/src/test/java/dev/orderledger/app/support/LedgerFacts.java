package dev.orderledger.app.support;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.inventory.StockLevels;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the event store says, read the way finance would: aggregates' events, stock levels, the journal
 * entries of an order. Tests use it to check the ledger itself, not a read model.
 */
@Component
public class LedgerFacts {

    private final EventStore events;
    private final JdbcTemplate jdbc;

    public LedgerFacts(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The events of one aggregate, oldest first (all of them: never a snapshot). */
    public List<Object> eventsOf(String aggregateId) {
        return events.readEvents(aggregateId, 0).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    /** The stock of a test product's only SKU ({@code <productId>-sku}) after its latest event. */
    public StockLevels stockOf(String productId) {
        return stockOf(productId, productId + "-sku");
    }

    /** The stock of a SKU: the sum over its buckets of each one's levels after its latest event (none before the first). */
    public StockLevels stockOf(String productId, String skuId) {
        return bucketsOf(productId, skuId).stream().map(this::bucketLevels)
                .reduce(new StockLevels(0, 0, 0), (a, b) -> new StockLevels(a.available() + b.available(),
                        a.reserved() + b.reserved(), a.sold() + b.sold()));
    }

    /** The streams of a SKU's stock: {@code productId/skuId} and, for a hot SKU, {@code productId/skuId#k}. */
    public List<String> bucketsOf(String productId, String skuId) {
        String sku = productId + "/" + skuId;
        List<String> hot = jdbc.queryForList("""
                SELECT DISTINCT aggregateidentifier FROM domainevententry
                WHERE aggregateidentifier LIKE ? AND aggregateidentifier ~ '#[0-9]+$'""", String.class, sku + "#%");
        return Stream.concat(Stream.of(sku), hot.stream()).toList();
    }

    /** A bucket's levels after its latest stock movement. */
    public StockLevels bucketLevels(String bucket) {
        List<Object> history = eventsOf(bucket);
        for (int i = history.size() - 1; i >= 0; i--) {
            StockLevels levels = levelsOf(history.get(i));
            if (levels != null) {
                return levels;
            }
        }
        return new StockLevels(0, 0, 0);
    }

    /** Every journal entry about these orders or pay orders, in the order they were recorded. */
    public List<TransferRecordedEvent> transfersAbout(String... references) {
        return jdbc.queryForList("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE payloadtype = 'dev.orderledger.api.account.TransferRecordedEvent'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'orderReference' = ANY (?)
                        ORDER BY globalindex""", String.class, (Object) references).stream()
                .map(id -> (TransferRecordedEvent) eventsOf(id).get(0))
                .toList();
    }

    /** The debits and credits the journal posted for these transfers. */
    public List<Object> postingsOf(List<TransferRecordedEvent> transfers) {
        return transfers.stream().flatMap(transfer -> jdbc.queryForList("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE aggregateidentifier IN (?, ?) ORDER BY globalindex""", String.class,
                        transfer.from().toString(), transfer.to().toString()).stream().distinct()
                .flatMap(account -> eventsOf(account).stream())
                .filter(event -> (event instanceof AccountDebitedEvent debit && debit.transferId().equals(transfer.transferId()))
                        || (event instanceof AccountCreditedEvent credit && credit.transferId().equals(transfer.transferId()))))
                .toList();
    }

    private static StockLevels levelsOf(Object event) {
        try {
            Method levels = event.getClass().getMethod("levels");
            return (StockLevels) levels.invoke(event);
        } catch (ReflectiveOperationException noLevels) {
            return null;
        }
    }
}
