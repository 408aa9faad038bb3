package dev.orderledger.command.intervention;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionRaisedEvent;
import dev.orderledger.api.intervention.InterventionResolvedEvent;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.intervention.RetryInterventionCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;

class InterventionTest {

    static final String REFUND = "r-42";
    static final InterventionId ID = InterventionId.of(InterventionProcess.REFUND, REFUND);
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant LATER = NOW.plusSeconds(600);
    static final Actor ADMIN = new Actor(UserId.of("admin"), Set.of(Role.ADMIN));
    static final Actor BUYER = new Actor(UserId.of("10000002"), Set.of(Role.BUYER));
    static final String REFUND_FAILED = "R11_REFUND_FAILED";
    static final String ROLLBACK_FAILED = "R14_MARKETING_ROLLBACK_FAILED";

    AggregateTestFixture<Intervention> fixture = new AggregateTestFixture<>(Intervention.class);

    static RaiseInterventionCommand raise(String reason, Instant at) {
        return new RaiseInterventionCommand(ID, InterventionProcess.REFUND, REFUND, reason, "the gateway said no", at);
    }

    static InterventionRaisedEvent raised(String reason, Instant at) {
        return new InterventionRaisedEvent(ID, InterventionProcess.REFUND, REFUND, reason, "the gateway said no", at);
    }

    static InterventionRetryRequestedEvent retryRequested() {
        return new InterventionRetryRequestedEvent(ID, InterventionProcess.REFUND, REFUND, REFUND_FAILED,
                ADMIN.userId(), NOW);
    }

    static InterventionResolvedEvent resolved(Actor by, String note) {
        return new InterventionResolvedEvent(ID, InterventionProcess.REFUND, REFUND, by.userId(), note, NOW);
    }

    @Test
    void aStuckProcessPutsItselfInTheQueue() {
        fixture.givenNoPriorActivity()
                .when(raise(REFUND_FAILED, NOW))
                .expectEvents(raised(REFUND_FAILED, NOW));
    }

    @Test
    void raisingAnOpenInterventionAgainForTheSameReasonChangesNothing() {
        fixture.given(raised(REFUND_FAILED, NOW))
                .when(raise(REFUND_FAILED, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void raisingAnOpenInterventionForAnotherReasonRecordsTheNewReason() {
        fixture.given(raised(REFUND_FAILED, NOW))
                .when(raise(ROLLBACK_FAILED, LATER))
                .expectEvents(raised(ROLLBACK_FAILED, LATER));
    }

    @Test
    void aResolvedInterventionOpensAgainWhenTheProcessIsStuckAgain() {
        fixture.given(raised(REFUND_FAILED, NOW), resolved(ADMIN, "paid by bank transfer"))
                .when(raise(REFUND_FAILED, LATER))
                .expectEvents(raised(REFUND_FAILED, LATER));
    }

    @Test
    void aRetryThatFailsAgainPutsTheInterventionBackInTheQueue() {
        fixture.given(raised(REFUND_FAILED, NOW), retryRequested())
                .when(raise(REFUND_FAILED, LATER))
                .expectEvents(raised(REFUND_FAILED, LATER));
    }

    @Test
    void anAdminAsksTheProcessToRetry() {
        fixture.given(raised(REFUND_FAILED, NOW))
                .when(new RetryInterventionCommand(ID, ADMIN, NOW))
                .expectEvents(retryRequested());
    }

    @Test
    void anAdminMayAskAgainWhileTheRetryIsPending() {
        fixture.given(raised(REFUND_FAILED, NOW), retryRequested())
                .when(new RetryInterventionCommand(ID, ADMIN, NOW))
                .expectEvents(retryRequested());
    }

    @Test
    void onlyAnAdminCanAskForARetry() {
        fixture.given(raised(REFUND_FAILED, NOW))
                .when(new RetryInterventionCommand(ID, BUYER, NOW))
                .expectException(ResourceNotFound.class)
                .expectNoEvents();
    }

    @Test
    void aResolvedInterventionCannotBeRetried() {
        fixture.given(raised(REFUND_FAILED, NOW), resolved(ADMIN, "paid by bank transfer"))
                .when(new RetryInterventionCommand(ID, ADMIN, LATER))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("is RESOLVED"));
    }

    @Test
    void anAdminResolvesByHandWithANote() {
        fixture.given(raised(REFUND_FAILED, NOW), retryRequested())
                .when(new ResolveInterventionCommand(ID, ADMIN, "paid by bank transfer", NOW))
                .expectEvents(resolved(ADMIN, "paid by bank transfer"));
    }

    @Test
    void theLedgerResolvesWhenTheProcessSucceeds() {
        fixture.given(raised(REFUND_FAILED, NOW), retryRequested())
                .when(new ResolveInterventionCommand(ID, Actor.system(), "refund paid on retry", NOW))
                .expectEvents(resolved(Actor.system(), "refund paid on retry"));
    }

    @Test
    void resolvingAResolvedInterventionChangesNothing() {
        fixture.given(raised(REFUND_FAILED, NOW), resolved(ADMIN, "paid by bank transfer"))
                .when(new ResolveInterventionCommand(ID, Actor.system(), "refund paid on retry", LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBuyerCannotResolve() {
        fixture.given(raised(REFUND_FAILED, NOW))
                .when(new ResolveInterventionCommand(ID, BUYER, "not my problem", NOW))
                .expectException(ResourceNotFound.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownInterventionCannotBeResolvedOrRetried() {
        fixture.givenNoPriorActivity()
                .when(new ResolveInterventionCommand(ID, ADMIN, "nothing to do", NOW))
                .expectException(AggregateNotFoundException.class);
        fixture.givenNoPriorActivity()
                .when(new RetryInterventionCommand(ID, ADMIN, NOW))
                .expectException(AggregateNotFoundException.class);
    }
}
