package dev.orderledger.command.account;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transfers through a real (in-memory) Axon configuration: three aggregates in one unit of work. */
class TransferHandlerTest {

    static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    static final AccountId GATEWAY = new AccountId(AccountKind.PLATFORM_GATEWAY, "0");
    static final AccountId ANN = AccountId.buyerWallet(UserId.of("10000002"));
    static final AccountId BOB = AccountId.buyerWallet(UserId.of("10000003"));
    static final AccountId CLEARING = AccountId.platform(AccountKind.PLATFORM_CLEARING, "1795300000000002001");

    Configuration axon;
    CommandGateway commands;
    EventStore events;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Account.class)
                .configureAggregate(Transfer.class)
                .registerCommandHandler(c -> new TransferHandler(c.repository(Account.class), c.repository(Transfer.class), c.eventStore()))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
        events = axon.eventStore();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    TransferResult transfer(String id, AccountId from, AccountId to, String amount) {
        return commands.sendAndWait(new TransferMoneyCommand(TransferId.of(id), from, to, Money.of(amount, "CNY"),
                "order-1", "test", AT));
    }

    List<Object> stream(Object aggregateId) {
        List<Object> payloads = new ArrayList<>();
        events.readEvents(aggregateId.toString()).asStream().map(DomainEventMessage::getPayload).forEach(payloads::add);
        return payloads;
    }

    Money balance(AccountId account) {
        Money balance = Money.zero(java.util.Currency.getInstance("CNY"));
        for (Object event : stream(account)) {
            if (event instanceof AccountDebitedEvent debited) {
                balance = debited.balanceAfter();
            } else if (event instanceof AccountCreditedEvent credited) {
                balance = credited.balanceAfter();
            }
        }
        return balance;
    }

    @Test
    void aTransferRecordsOneEntryAndPostsBothSides() {
        TransferResult result = transfer("top-up-1", GATEWAY, ANN, "100.00");

        assertThat(result.recorded()).isTrue();
        assertThat(stream("top-up-1")).containsExactly(new TransferRecordedEvent(TransferId.of("top-up-1"), GATEWAY, ANN,
                Money.of("100.00", "CNY"), "order-1", "test", AT));
        assertThat(balance(ANN)).isEqualTo(Money.of("100.00", "CNY"));
        assertThat(balance(GATEWAY)).isEqualTo(Money.of("-100.00", "CNY"));
    }

    @Test
    void repeatingATransferRecordsItOnce() {
        transfer("top-up-1", GATEWAY, ANN, "100.00");

        TransferResult again = transfer("top-up-1", GATEWAY, ANN, "100.00");

        assertThat(again.recorded()).isFalse();
        assertThat(stream(ANN)).hasSize(2);
        assertThat(balance(ANN)).isEqualTo(Money.of("100.00", "CNY"));
    }

    @Test
    void theSameTransferIdForAnotherMovementIsAnUnavailableId() {
        transfer("top-up-1", GATEWAY, ANN, "100.00");

        assertThatThrownBy(() -> transfer("top-up-1", GATEWAY, ANN, "999.00")).isInstanceOf(IdUnavailable.class);
    }

    @Test
    void aWalletCannotGoNegativeAndARefusedTransferLeavesNoTrace() {
        transfer("top-up-1", GATEWAY, ANN, "10.00");

        assertThatThrownBy(() -> transfer("pay-1", ANN, CLEARING, "10.01"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("less than");
        assertThat(stream("pay-1")).isEmpty();
        assertThat(stream(CLEARING)).isEmpty();
        assertThat(balance(ANN)).isEqualTo(Money.of("10.00", "CNY"));
    }

    @Test
    void clearingAccountsMayGoNegative() {
        transfer("refund-1", CLEARING, BOB, "5.00");

        assertThat(balance(CLEARING)).isEqualTo(Money.of("-5.00", "CNY"));
    }

    @Test
    void moneyIsNeitherCreatedNorDestroyed() {
        List<AccountId> accounts = List.of(GATEWAY, ANN, BOB, CLEARING, AccountId.seller(UserId.of("10000001")));
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            AccountId from = accounts.get(random.nextInt(accounts.size()));
            AccountId to = accounts.get(random.nextInt(accounts.size()));
            String amount = (1 + random.nextInt(5000)) / 100 + "." + String.format("%02d", random.nextInt(100));
            try {
                transfer("t-" + i, from, to, amount);
            } catch (BusinessRuleViolation refused) {
                // insufficient funds or the same account: nothing was recorded
            }
        }

        Money total = accounts.stream().map(this::balance).reduce(Money.zero(java.util.Currency.getInstance("CNY")), Money::plus);
        assertThat(total).isEqualTo(Money.of("0.00", "CNY"));
        assertThat(accounts).filteredOn(account -> !account.kind().isClearing())
                .allSatisfy(account -> assertThat(balance(account).isNegative()).isFalse());
    }

    @Test
    void aTransferMovesAPositiveAmountBetweenTwoAccounts() {
        assertThatThrownBy(() -> transfer("zero", GATEWAY, ANN, "0.00")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> transfer("self", ANN, ANN, "1.00")).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void platformAccountsAreShardedByOrder() {
        assertThat(AccountId.platform(AccountKind.PLATFORM_CLEARING, "1795300000000002001"))
                .isEqualTo(AccountId.platform(AccountKind.PLATFORM_CLEARING, "1795300000000002001"));
        assertThat(java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> AccountId.platform(AccountKind.PLATFORM_CLEARING, "17953000000000" + (10000 + i)).owner())
                .distinct().count()).isEqualTo(AccountId.PLATFORM_SHARDS);
        assertThat(AccountId.parse("buyer-wallet:10000002")).isEqualTo(ANN);
    }
}
