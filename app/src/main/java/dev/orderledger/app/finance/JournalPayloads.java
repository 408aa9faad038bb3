package dev.orderledger.app.finance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.account.TransferRecordedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the stored payloads of the journal's events into the few fields the fold needs. It reads
 * the JSON the event serializer wrote, but into shapes of its own: the replay neither validates
 * identifiers again nor parses times it does not use, which makes reading several times faster than
 * building the events themselves, and it trusts nothing the command side would have corrected.
 */
final class JournalPayloads {

    /** The payload types the fold reads, as the event store names them. */
    static final List<String> TYPES = List.of(TransferRecordedEvent.class.getName(), AccountOpenedEvent.class.getName(),
            AccountDebitedEvent.class.getName(), AccountCreditedEvent.class.getName());

    private final ObjectReader transfers;
    private final ObjectReader openings;
    private final ObjectReader postings;

    JournalPayloads(ObjectMapper eventMapper) {
        this.transfers = eventMapper.readerFor(Transfer.class);
        this.openings = eventMapper.readerFor(Opening.class);
        this.postings = eventMapper.readerFor(Posting.class);
    }

    /** Reads one stored payload of one of the {@link #TYPES} and folds it into the ledger. */
    void fold(LedgerFold ledger, long globalIndex, String eventId, String payloadType, byte[] payload) {
        try {
            if (payloadType.equals(TYPES.get(0))) {
                ledger.recorded(transfers.readValue(payload), globalIndex, eventId);
            } else if (payloadType.equals(TYPES.get(1))) {
                ledger.opened(openings.readValue(payload), globalIndex);
            } else {
                EntryDirection direction = payloadType.equals(TYPES.get(2)) ? EntryDirection.DEBIT : EntryDirection.CREDIT;
                ledger.posted(postings.readValue(payload), direction, globalIndex, eventId);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the " + payloadType + " at global index " + globalIndex, unreadable);
        }
    }

    /** An amount as stored: its decimal and its currency's code. */
    record Amount(BigDecimal amount, String currency) {

        @Override
        public String toString() {
            return amount.toPlainString() + " " + currency;
        }
    }

    /** What the fold reads of a {@link TransferRecordedEvent}. */
    record Transfer(String transferId, String from, String to, Amount amount, String orderReference) {
    }

    /** What the fold reads of an {@link AccountOpenedEvent}. */
    record Opening(String accountId, String currency) {
    }

    /** What the fold reads of an {@link AccountDebitedEvent} or {@link AccountCreditedEvent}. */
    record Posting(String accountId, String transferId, Amount amount, Amount balanceAfter) {
    }
}
