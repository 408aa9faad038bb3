package dev.orderledger.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made history for the fold's tests: events as the event store would hand them out (the
 * position in the list + 1 is the global index), stored as the event serializer stores them, and
 * replayed and checked as the replay does, without Spring or a database.
 */
final class StoredHistory {

    /**
     * Writes and reads the events as the ledger's event serializer does in its essentials: records by
     * their components, instants as text, unknown fields ignored. The stores' own mapper is the
     * assembly's and is checked against the real event store by the integration tests.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
    private static final StoredPayloads PAYLOADS = new StoredEvents(MAPPER).forReplay();

    final List<Object> events = new ArrayList<>();
    private final Map<AccountId, Money> balances = new HashMap<>();

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    void add(Object event) {
        events.add(event);
    }

    /** Appends a transfer as the command side records it: the entry, then each account's opening (if new) and posting. */
    void transfer(String id, AccountId from, AccountId to, String amount, String order) {
        TransferId transferId = TransferId.of(id);
        Money money = cny(amount);
        events.add(new TransferRecordedEvent(transferId, from, to, money, order, "test", AT));
        Money fromAfter = open(from).minus(money);
        events.add(new AccountDebitedEvent(from, transferId, money, fromAfter, AT));
        balances.put(from, fromAfter);
        Money toAfter = open(to).plus(money);
        events.add(new AccountCreditedEvent(to, transferId, money, toAfter, AT));
        balances.put(to, toAfter);
    }

    private Money open(AccountId account) {
        return balances.computeIfAbsent(account, id -> {
            events.add(new AccountOpenedEvent(id, Currency.getInstance("CNY")));
            return cny("0");
        });
    }

    /** The position in the list of the first event of this type whose text shows {@code part}. */
    int indexOf(Class<?> type, String part) {
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            if (type.isInstance(event) && event.toString().contains(part)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " with " + part);
    }

    /** The position of the first posting or entry of this transfer of this type. */
    int indexOfTransfer(Class<?> type, String transferId) {
        return indexOf(type, "transferId=" + transferId + ",");
    }

    /** Replays the history as it ended at {@code end} (the payments' in-flight time is ten minutes). */
    ReconciliationReport reconcile(Instant end) {
        return reconcile(events.stream().map(StoredHistory::stored).toList(), end);
    }

    ReconciliationReport reconcile() {
        return reconcile(AT);
    }

    /** Reads the stored payloads as the replay does and checks the history they make. */
    ReconciliationReport reconcile(List<byte[]> stored, Instant end) {
        ReplayedHistory history = new ReplayedHistory();
        for (int i = 0; i < stored.size(); i++) {
            PAYLOADS.fold(history, i + 1, "event-" + (i + 1), events.get(i).getClass().getName(), stored.get(i));
        }
        history.endsAt(end);
        return Reconciliation.check(history, ReplayScope.everything(), List.of(), Duration.ofMinutes(10));
    }

    /** The payload as the event serializer stores it. */
    static byte[] stored(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
