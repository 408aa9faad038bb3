package dev.orderledger.saga.fulfillment;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.order.AutoConfirmReceiptCommand;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.FulfillmentAcceptedEvent;
import dev.orderledger.api.order.FulfillmentFailedEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.StartFulfillmentCommand;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.saga.carrier.FakeFulfillmentPartner;
import dev.orderledger.saga.carrier.Shipment;
import dev.orderledger.saga.carrier.ShipmentResults;
import dev.orderledger.saga.carrier.ShipmentStatus;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.orderledger.saga.ProcessFixtures.AUTO_CONFIRM_AFTER;
import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.RECHECK_INTERVAL;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.sagaFixture;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.ORDER;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.PAID;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.REFERENCE;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.REFUNDED_BEFORE_COMPLETION;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.carrierSays;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.completed;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.delivered;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.paid;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.physicalStarted;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.settlement;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.shipmentRequest;
import static dev.orderledger.saga.fulfillment.FulfillmentMother.virtualStarted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class FulfillmentSagaTest {

    private SagaTestFixture<FulfillmentSaga> fixture;
    private final FakeFulfillmentPartner carrier = new FakeFulfillmentPartner();
    private final ShipmentResults results = mock(ShipmentResults.class);

    @BeforeEach
    void setUp() {
        fixture = sagaFixture(FulfillmentSaga.class);
        fixture.registerResource(carrier);
        fixture.registerResource(results);
        fixture.setCallbackBehavior((payload, metaData) -> null);
    }

    @Test
    void aPaidOrderStartsFulfillmentUnderItsReference() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartFulfillmentCommand(ORDER, REFERENCE, NOW));
    }

    @Test
    void anOrderThatRefusesToStartFulfillmentEndsTheProcess() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            throw new StateConflict("CLOSED", "order is closed");
        });

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(0);
    }

    @Test
    void physicalGoodsAreHandedToTheCarrierWithTheAddress() {
        fixture.givenAggregate(ORDER.toString()).published(paid())
                .whenAggregate(ORDER.toString()).publishes(physicalStarted())
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, FulfillmentSaga.RECHECK);

        assertThat(carrier.requests).containsExactly(shipmentRequest());
    }

    @Test
    void virtualGoodsNeedNoCarrier() {
        fixture.givenAggregate(ORDER.toString()).published(paid())
                .whenAggregate(ORDER.toString()).publishes(virtualStarted())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();

        assertThat(carrier.requests).isEmpty();
    }

    @Test
    void theRecheckAsksTheCarrierAgainWhenItNeverHeardOfTheShipment() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted())
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectTriggeredDeadlinesWithName(FulfillmentSaga.RECHECK)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, FulfillmentSaga.RECHECK);

        assertThat(carrier.requests).containsExactly(shipmentRequest(), shipmentRequest());
        verify(results, never()).apply(any());
    }

    @Test
    void theRecheckAppliesWhatTheCarrierKnows() {
        Shipment shipped = carrierSays(ShipmentStatus.SHIPPED);
        carrier.knows(shipped);

        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted(),
                        new FulfillmentAcceptedEvent(ORDER, REFERENCE, NOW))
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, FulfillmentSaga.RECHECK);

        verify(results).apply(shipped);
        assertThat(carrier.requests).hasSize(1);
    }

    @Test
    void aDeliveredOrderStopsRecheckingAndWaitsForTheBuyerToConfirm() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted(),
                        new OrderShippedEvent(ORDER, "SF Express", "SF1234567890", 1, NOW))
                .whenAggregate(ORDER.toString()).publishes(delivered())
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlineWithName(RECHECK_INTERVAL, FulfillmentSaga.RECHECK)
                .expectScheduledDeadlineWithName(AUTO_CONFIRM_AFTER, FulfillmentSaga.AUTO_CONFIRM);
    }

    @Test
    void receiptIsConfirmedForTheBuyerWhenTheWindowPasses() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted(), delivered())
                .whenTimeElapses(AUTO_CONFIRM_AFTER)
                .expectTriggeredDeadlinesWithName(FulfillmentSaga.AUTO_CONFIRM)
                .expectDispatchedCommands(new AutoConfirmReceiptCommand(ORDER, NOW));
    }

    @Test
    void aCompletedOrderSettlesTheSellerAndEndsTheProcess() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted(), delivered())
                .whenAggregate(ORDER.toString()).publishes(completed(CompletionKind.BUYER_CONFIRMED, PAID))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(settlement(PAID));
    }

    @Test
    void theSellerIsSettledWhatWasPaidLessWhatWasRefunded() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), virtualStarted())
                .whenAggregate(ORDER.toString()).publishes(completed(CompletionKind.VIRTUAL_DELIVERED,
                        PAID.minus(REFUNDED_BEFORE_COMPLETION)))
                .expectActiveSagas(0)
                .expectDispatchedCommands(settlement(PAID.minus(REFUNDED_BEFORE_COMPLETION)));
    }

    @Test
    void aRefusedSettlementGoesToTheInterventionQueue() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof TransferMoneyCommand) {
                throw new BusinessRuleViolation("ACCOUNT_FROZEN", "the seller's account is frozen");
            }
            return null;
        });

        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted(), delivered())
                .whenAggregate(ORDER.toString()).publishes(completed(CompletionKind.AUTO_CONFIRMED, PAID))
                .expectDispatchedCommands(settlement(PAID), new RaiseInterventionCommand(InterventionId.of("fulfillment:" + ORDER),
                        InterventionProcess.FULFILLMENT, ORDER.toString(), "SETTLEMENT_REFUSED", WORDING, NOW));
    }

    @Test
    void failedFulfillmentOpensARefundOfTheWholeOrder() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted())
                .whenAggregate(ORDER.toString()).publishes(new FulfillmentFailedEvent(ORDER, "address unreachable", NOW))
                .expectActiveSagas(1)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new RequestRefundCommand(ORDER, RefundId.of("ff-" + ORDER), Actor.system(),
                        RefundKind.FAILED_FULFILLMENT, null, 0, false, WORDING, NOW));
    }

    @Test
    void aRefusedAutomaticRefundGoesToTheInterventionQueue() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof RequestRefundCommand) {
                throw new BusinessRuleViolation("NOTHING_TO_REFUND", "everything was refunded already");
            }
            return null;
        });

        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted())
                .whenAggregate(ORDER.toString()).publishes(new FulfillmentFailedEvent(ORDER, "address unreachable", NOW))
                .expectDispatchedCommands(
                        new RequestRefundCommand(ORDER, RefundId.of("ff-" + ORDER), Actor.system(), RefundKind.FAILED_FULFILLMENT, null, 0,
                                false, WORDING, NOW),
                        new RaiseInterventionCommand(InterventionId.of("fulfillment:" + ORDER), InterventionProcess.FULFILLMENT, ORDER.toString(),
                                "AUTO_REFUND_REFUSED", WORDING, NOW));
    }

    @Test
    void aClosedOrderEndsTheProcess() {
        fixture.givenAggregate(ORDER.toString()).published(paid(), physicalStarted(), new FulfillmentFailedEvent(ORDER, "lost", NOW))
                .whenAggregate(ORDER.toString()).publishes(new OrderClosedEvent(ORDER, NOW))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }
}
