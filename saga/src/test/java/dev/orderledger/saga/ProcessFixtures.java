package dev.orderledger.saga;

import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.RejectOrderCommand;
import dev.orderledger.api.payment.CancelPayOrderCommand;
import dev.orderledger.api.payment.RecordMarketingDeductionCommand;
import dev.orderledger.api.payment.RecordPaymentInitFailureCommand;
import dev.orderledger.api.payment.ReturnPaymentCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.RecordRefundMarketingRollbackCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import dev.orderledger.api.refund.RequestRefundCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.saga.SagaTestFixture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What every process test shares: one instant, a clock stopped at it, the process settings, and money in CNY. */
public final class ProcessFixtures {

    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Duration RECHECK_INTERVAL = Duration.ofSeconds(30);
    public static final Duration AUTO_CONFIRM_AFTER = Duration.ofDays(7);
    public static final ProcessSettings SETTINGS = new ProcessSettings(RECHECK_INTERVAL, AUTO_CONFIRM_AFTER);

    /**
     * Stands for a sentence meant for people (a memo, a refusal's detail, a note). The fixtures
     * built by {@link #sagaFixture} do not compare those fields, so tests state what a command does, not how it is worded.
     */
    public static final String WORDING = "(any wording)";

    private ProcessFixtures() {
    }

    public static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** A fixture for the saga with the shared resources registered and free-text fields left out of command comparisons. */
    public static <T> SagaTestFixture<T> sagaFixture(Class<T> saga) {
        SagaTestFixture<T> fixture = new SagaTestFixture<>(saga);
        fixture.registerResource(CLOCK);
        fixture.registerResource(SETTINGS);
        fixture.registerIgnoredField(TransferMoneyCommand.class, "memo");
        fixture.registerIgnoredField(RejectOrderCommand.class, "detail");
        fixture.registerIgnoredField(RaiseInterventionCommand.class, "detail");
        fixture.registerIgnoredField(ResolveInterventionCommand.class, "note");
        fixture.registerIgnoredField(RecordMarketingDeductionCommand.class, "reason");
        fixture.registerIgnoredField(RecordPaymentInitFailureCommand.class, "reason");
        fixture.registerIgnoredField(ReturnPaymentCommand.class, "reason");
        fixture.registerIgnoredField(CancelPayOrderCommand.class, "reason");
        fixture.registerIgnoredField(DecideRefundCommand.class, "reason");
        fixture.registerIgnoredField(RequestRefundCommand.class, "reason");
        fixture.registerIgnoredField(RecordRefundMarketingRollbackCommand.class, "reason");
        fixture.registerIgnoredField(RecordRefundPaymentCommand.class, "reason");
        return fixture;
    }

    /** Every command the saga sent since the when-phase began, including those sent later from a partner's callback. */
    public static List<Object> commandsSent(SagaTestFixture<?> fixture) {
        return fixture.getCommandBus().getDispatchedCommands().stream().map(CommandMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
