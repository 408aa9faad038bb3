package dev.orderledger.projections.account;

import dev.orderledger.api.account.TransferRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Builds {@link JournalTransferView} rows from the Transfer aggregates' events, once per transfer id. */
@Component
@ProcessingGroup(AccountViewProjection.PROCESSING_GROUP)
class JournalTransferProjection {

    private final JournalTransferViewRepository transfers;

    JournalTransferProjection(JournalTransferViewRepository transfers) {
        this.transfers = transfers;
    }

    @EventHandler
    void on(TransferRecordedEvent event) {
        if (!transfers.existsById(event.transferId().value())) {
            transfers.save(new JournalTransferView(event));
        }
    }

    @ResetHandler
    void reset() {
        transfers.deleteAllInBatch();
    }
}
