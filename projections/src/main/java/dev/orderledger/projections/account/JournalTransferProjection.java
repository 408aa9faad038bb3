package dev.orderledger.projections.account;

import dev.orderledger.api.account.TransferRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static dev.orderledger.projections.account.AccountViewProjection.text;
import static dev.orderledger.projections.account.AccountViewProjection.utc;

/**
 * Builds {@link JournalTransferView} rows from the Transfer aggregates' events, once per transfer id:
 * one insert that skips a transfer already recorded (plain SQL, like the postings of
 * {@link AccountViewProjection}).
 */
@Component
@ProcessingGroup(AccountViewProjection.PROCESSING_GROUP)
class JournalTransferProjection {

    private final JdbcClient jdbc;
    private final JournalTransferViewRepository transfers;

    JournalTransferProjection(JdbcClient jdbc, JournalTransferViewRepository transfers) {
        this.jdbc = jdbc;
        this.transfers = transfers;
    }

    @EventHandler
    void on(TransferRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO journal_transfer_view (transfer_id, from_account, from_kind, to_account, to_kind, amount, currency,
                                                           order_reference, memo, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (transfer_id) DO NOTHING""")
                .params(text(event.transferId().value()), text(event.from().toString()), event.from().kind().name(),
                        text(event.to().toString()), event.to().kind().name(), event.amount().amount(),
                        event.amount().currency().getCurrencyCode(), text(event.orderReference()), text(event.memo()),
                        utc(event.at()))
                .update();
    }

    @ResetHandler
    void reset() {
        transfers.deleteAllInBatch();
    }
}
