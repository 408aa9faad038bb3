package dev.orderledger.saga.refund;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.refund.CompleteRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.RecordRefundMarketingRollbackCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import dev.orderledger.api.refund.RecordRestockCommand;
import dev.orderledger.api.refund.RefundClosedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundMarketingRollbackFailedEvent;
import dev.orderledger.api.refund.RefundPaymentFailedEvent;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.refund.RefundRestockedEvent;
import dev.orderledger.api.refund.ReturnFailedEvent;
import dev.orderledger.api.refund.ReturnReceivedEvent;
import dev.orderledger.api.security.Actor;
import dev.orderledger.saga.gateway.FakePaymentGateway;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.saga.gateway.GatewayResults;
import dev.orderledger.saga.gateway.GatewayStatus;
import dev.orderledger.saga.gateway.RefundRequest;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.orderledger.api.refund.RefundKind.ADMIN;
import static dev.orderledger.api.refund.RefundKind.BUYER;
import static dev.orderledger.api.refund.RefundKind.FAILED_FULFILLMENT;
import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.RECHECK_INTERVAL;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.sagaFixture;
import static dev.orderledger.saga.refund.RefundMother.CLEARING;
import static dev.orderledger.saga.refund.RefundMother.COUPON_AND_POINTS;
import static dev.orderledger.saga.refund.RefundMother.FUNDING;
import static dev.orderledger.saga.refund.RefundMother.GATEWAY;
import static dev.orderledger.saga.refund.RefundMother.INTERVENTION;
import static dev.orderledger.saga.refund.RefundMother.NO_CASH;
import static dev.orderledger.saga.refund.RefundMother.ONE_MUG;
import static dev.orderledger.saga.refund.RefundMother.ORDER;
import static dev.orderledger.saga.refund.RefundMother.REFUND;
import static dev.orderledger.saga.refund.RefundMother.REFUND_ID;
import static dev.orderledger.saga.refund.RefundMother.SELLER_ACCOUNT;
import static dev.orderledger.saga.refund.RefundMother.TWO_TSHIRTS;
import static dev.orderledger.saga.refund.RefundMother.WALLET;
import static dev.orderledger.saga.refund.RefundMother.approved;
import static dev.orderledger.saga.refund.RefundMother.coinsBack;
import static dev.orderledger.saga.refund.RefundMother.marketingRolledBack;
import static dev.orderledger.saga.refund.RefundMother.paidBack;
import static dev.orderledger.saga.refund.RefundMother.raised;
import static dev.orderledger.saga.refund.RefundMother.refund;
import static dev.orderledger.saga.refund.RefundMother.resolved;
import static dev.orderledger.saga.refund.RefundMother.restock;
import static dev.orderledger.saga.refund.RefundMother.retryRequested;
import static dev.orderledger.saga.refund.RefundMother.transfer;
import static dev.orderledger.saga.refund.RefundMother.voucherBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class RefundSagaTest {

    private static final RecordRefundMarketingRollbackCommand ROLLED_BACK =
            new RecordRefundMarketingRollbackCommand(REFUND_ID, true, null, NOW);
    private static final RefundRequest GATEWAY_REFUND = new RefundRequest(REFUND, "refund:" + REFUND, FUNDING.cash());

    private SagaTestFixture<RefundSaga> fixture;
    private final FakePaymentGateway gateway = new FakePaymentGateway();
    private final GatewayResults results = mock(GatewayResults.class);

    @BeforeEach
    void setUp() {
        fixture = sagaFixture(RefundSaga.class);
        fixture.registerResource(gateway);
        fixture.registerResource(results);
        fixture.setCallbackBehavior((payload, metaData) -> null);
    }

    private void refuse(Class<?> commandType, RuntimeException refusal) {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (commandType.isInstance(payload)) {
                throw refusal;
            }
            return null;
        });
    }

    // decision

    @Test
    void aRefundTheAdminOpensIsApprovedByTheLedgerAtOnce() {
        fixture.givenNoPriorActivity()
                .whenAggregate(REFUND).publishes(refund(ADMIN).event())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new DecideRefundCommand(REFUND_ID, Actor.system(), true, WORDING, NOW));
    }

    @Test
    void aRefundAfterFailedFulfillmentIsApprovedByTheLedgerAtOnce() {
        fixture.givenNoPriorActivity()
                .whenAggregate(REFUND).publishes(refund(FAILED_FULFILLMENT).event())
                .expectDispatchedCommands(new DecideRefundCommand(REFUND_ID, Actor.system(), true, WORDING, NOW));
    }

    @Test
    void aBuyersRefundWaitsForTheSellersDecision() {
        fixture.givenNoPriorActivity()
                .whenAggregate(REFUND).publishes(refund(BUYER).event())
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void aBuyersRefundTheSellerRejectsGoesToArbitration() {
        fixture.givenAggregate(REFUND).published(refund(BUYER).event())
                .whenAggregate(REFUND).publishes(new RefundRejectedEvent(REFUND_ID, UserId.of("10000001"), "worn", NOW))
                .expectAssociationWith("interventionId", INTERVENTION)
                .expectDispatchedCommands(raised("REFUND_REJECTED"));
    }

    @Test
    void anApprovalInArbitrationResolvesTheQueueEntryAndGoesOn() {
        fixture.givenAggregate(REFUND).published(refund(BUYER).event(), new RefundRejectedEvent(REFUND_ID, UserId.of("10000001"), "worn", NOW))
                .whenAggregate(REFUND).publishes(approved())
                .expectDispatchedCommands(resolved(), coinsBack(FUNDING), voucherBack(FUNDING), ROLLED_BACK);
    }

    @Test
    void aRefundClosedInArbitrationResolvesTheQueueEntryAndEnds() {
        fixture.givenAggregate(REFUND).published(refund(BUYER).event(), new RefundRejectedEvent(REFUND_ID, UserId.of("10000001"), "worn", NOW))
                .whenAggregate(REFUND).publishes(new RefundClosedEvent(REFUND_ID, ORDER, WORDING, NOW))
                .expectActiveSagas(0)
                .expectDispatchedCommands(resolved());
    }

    // marketing rollback (R13 / R14)

    @Test
    void anApprovedRefundWithoutReturnGivesCoinsVoucherCouponAndPointsBack() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).restoring(COUPON_AND_POINTS).event())
                .whenAggregate(REFUND).publishes(approved())
                .expectDispatchedCommands(
                        coinsBack(FUNDING),
                        voucherBack(FUNDING),
                        new RollBackCouponRedemptionCommand(COUPON_AND_POINTS.couponId(), ORDER, NOW),
                        new RollBackPointsCommand(UserId.of(RefundMother.BUYER), ORDER, NOW),
                        ROLLED_BACK);
    }

    @Test
    void aRefundThatLeavesTheOrderPartlyPaidKeepsCouponAndPoints() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event())
                .whenAggregate(REFUND).publishes(approved())
                .expectDispatchedCommands(coinsBack(FUNDING), voucherBack(FUNDING), ROLLED_BACK);
    }

    @Test
    void aRefusedRollbackIsRecordedAsFailed() {
        refuse(RollBackPointsCommand.class, new BusinessRuleViolation("POINTS_EXPIRED", "the points have expired"));

        fixture.givenAggregate(REFUND).published(refund(ADMIN).restoring(COUPON_AND_POINTS).event())
                .whenAggregate(REFUND).publishes(approved())
                .expectDispatchedCommands(
                        coinsBack(FUNDING),
                        voucherBack(FUNDING),
                        new RollBackCouponRedemptionCommand(COUPON_AND_POINTS.couponId(), ORDER, NOW),
                        new RollBackPointsCommand(UserId.of(RefundMother.BUYER), ORDER, NOW),
                        new RecordRefundMarketingRollbackCommand(REFUND_ID, false, WORDING, NOW));
    }

    @Test
    void aRefundAfterSettlementTakesTheMoneyBackFromTheSellerFirst() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).afterTheSellerWasSettled().event())
                .whenAggregate(REFUND).publishes(approved())
                .expectDispatchedCommands(
                        transfer("chargeback:" + REFUND, SELLER_ACCOUNT, CLEARING, FUNDING.total()),
                        coinsBack(FUNDING),
                        voucherBack(FUNDING),
                        ROLLED_BACK);
    }

    @Test
    void aChargebackTheSellerCannotPayStopsTheRollback() {
        refuse(TransferMoneyCommand.class,
                new BusinessRuleViolation("INSUFFICIENT_BALANCE", "the seller's balance is too low"));

        fixture.givenAggregate(REFUND).published(refund(ADMIN).afterTheSellerWasSettled().event())
                .whenAggregate(REFUND).publishes(approved())
                .expectDispatchedCommands(
                        transfer("chargeback:" + REFUND, SELLER_ACCOUNT, CLEARING, FUNDING.total()),
                        new RecordRefundMarketingRollbackCommand(REFUND_ID, false, WORDING, NOW));
    }

    @Test
    void aFailedRollbackGoesToTheInterventionQueue() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved())
                .whenAggregate(REFUND).publishes(new RefundMarketingRollbackFailedEvent(REFUND_ID, WORDING, NOW))
                .expectAssociationWith("interventionId", INTERVENTION)
                .expectDispatchedCommands(raised("R14_MARKETING_ROLLBACK_FAILED"));
    }

    @Test
    void anAdminRetryRepeatsTheFailedRollback() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(),
                        new RefundMarketingRollbackFailedEvent(REFUND_ID, WORDING, NOW))
                .whenAggregate(INTERVENTION).publishes(retryRequested("R14_MARKETING_ROLLBACK_FAILED"))
                .expectDispatchedCommands(coinsBack(FUNDING), voucherBack(FUNDING), ROLLED_BACK);
    }

    // return of the goods

    @Test
    void aRefundWithReturnWaitsForTheGoodsBeforeGivingAnythingBack() {
        fixture.givenAggregate(REFUND).published(refund(BUYER).withReturn().event())
                .whenAggregate(REFUND).publishes(approved())
                .expectNoDispatchedCommands();
    }

    @Test
    void goodsReceivedBackStartTheMarketingRollback() {
        fixture.givenAggregate(REFUND).published(refund(BUYER).withReturn().event(), approved())
                .whenAggregate(REFUND).publishes(new ReturnReceivedEvent(REFUND_ID, NOW))
                .expectDispatchedCommands(coinsBack(FUNDING), voucherBack(FUNDING), ROLLED_BACK);
    }

    @Test
    void aReturnThatNeverArrivesGoesToTheInterventionQueue() {
        fixture.givenAggregate(REFUND).published(refund(BUYER).withReturn().event(), approved())
                .whenAggregate(REFUND).publishes(new ReturnFailedEvent(REFUND_ID, "parcel lost", NOW))
                .expectDispatchedCommands(raised("R7_RETURN_FAILED"));
    }

    // payment refund (R10 / R11)

    @Test
    void marketingGivenBackSendsTheCashToTheWalletAndAsksTheGatewayToPayIt() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved())
                .whenAggregate(REFUND).publishes(marketingRolledBack())
                .expectDispatchedCommands(transfer("refund-cash:" + REFUND, CLEARING, WALLET, FUNDING.cash()))
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, RefundSaga.RECHECK);

        assertThat(gateway.refundRequests).containsExactly(GATEWAY_REFUND);
    }

    @Test
    void theCashOfAnOrderPaidFromTheWalletGoesBackToTheWalletAndNeverOutThroughTheGateway() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).ofAnOrderPaidFromTheWallet().event(), approved())
                .whenAggregate(REFUND).publishes(marketingRolledBack())
                .expectDispatchedCommands(transfer("refund-cash:" + REFUND, CLEARING, WALLET, FUNDING.cash()),
                        new RecordRefundPaymentCommand(REFUND_ID, true, "wallet", null, NOW))
                .expectNoScheduledDeadlines();

        assertThat(gateway.refundRequests).isEmpty();
    }

    @Test
    void aRefundWithoutCashIsPaidWithoutTheGateway() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).fundedBy(NO_CASH).event(), approved())
                .whenAggregate(REFUND).publishes(marketingRolledBack())
                .expectDispatchedCommands(new RecordRefundPaymentCommand(REFUND_ID, true, "no-cash", null, NOW))
                .expectNoScheduledDeadlines();

        assertThat(gateway.refundRequests).isEmpty();
    }

    @Test
    void theRecheckAsksTheGatewayAgainWhenItNeverHeardOfTheRefund() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack())
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectTriggeredDeadlinesWithName(RefundSaga.RECHECK)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, RefundSaga.RECHECK);

        assertThat(gateway.refundQueries).containsExactly(REFUND);
        assertThat(gateway.refundRequests).containsExactly(GATEWAY_REFUND, GATEWAY_REFUND);
    }

    @Test
    void theRecheckAppliesAFinalAnswerOfTheGatewayAndStopsAsking() {
        GatewayRefund paid = new GatewayRefund(REFUND, "refund:" + REFUND, GatewayStatus.SUCCEEDED, null);
        gateway.knows(paid);

        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack())
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectNoScheduledDeadlines();

        verify(results).apply(paid);
        assertThat(gateway.refundRequests).hasSize(1);
    }

    @Test
    void aPaidRefundMovesTheCashOutAndRecordsTheRestock() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack())
                .whenAggregate(REFUND).publishes(paidBack(FUNDING.cash()))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        transfer("refund-out:" + REFUND, WALLET, GATEWAY, FUNDING.cash()),
                        new RecordRestockCommand(REFUND_ID, NOW));
    }

    @Test
    void aPaidRefundWithNothingToRestockIsCompleted() {
        refuse(RecordRestockCommand.class, new StateConflict("R10_REFUNDED", "nothing to restock"));

        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack())
                .whenAggregate(REFUND).publishes(paidBack(FUNDING.cash()))
                .expectDispatchedCommands(
                        transfer("refund-out:" + REFUND, WALLET, GATEWAY, FUNDING.cash()),
                        new RecordRestockCommand(REFUND_ID, NOW),
                        new CompleteRefundCommand(REFUND_ID, NOW));
    }

    @Test
    void aRefundPaymentTheGatewayFailsGoesToTheInterventionQueue() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack())
                .whenAggregate(REFUND).publishes(new RefundPaymentFailedEvent(REFUND_ID, "card closed", NOW))
                .expectAssociationWith("interventionId", INTERVENTION)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(raised("R11_REFUND_FAILED"));
    }

    @Test
    void anAdminRetryAsksTheGatewayForANewRefundBecauseTheFailedOneIsFinal() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack(),
                        new RefundPaymentFailedEvent(REFUND_ID, "card closed", NOW))
                .whenAggregate(INTERVENTION).publishes(retryRequested("R11_REFUND_FAILED"))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, RefundSaga.RECHECK);

        assertThat(gateway.refundRequests).containsExactly(GATEWAY_REFUND,
                new RefundRequest(REFUND + "-retry-1", GATEWAY_REFUND.reference(), GATEWAY_REFUND.amount()));
    }

    @Test
    void aRefundPaidAfterARetryResolvesTheQueueEntry() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack(),
                        new RefundPaymentFailedEvent(REFUND_ID, "card closed", NOW))
                .andThenAggregate(INTERVENTION).published(retryRequested("R11_REFUND_FAILED"))
                .whenAggregate(REFUND).publishes(paidBack(FUNDING.cash()))
                .expectDispatchedCommands(
                        resolved(),
                        transfer("refund-out:" + REFUND, WALLET, GATEWAY, FUNDING.cash()),
                        new RecordRestockCommand(REFUND_ID, NOW));
    }

    // restock and completion

    @Test
    void restockedUnitsGoBackOnTheShelfAndTheRefundIsCompleted() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack(),
                        paidBack(FUNDING.cash()))
                .whenAggregate(REFUND).publishes(new RefundRestockedEvent(REFUND_ID, NOW))
                .expectDispatchedCommands(restock(TWO_TSHIRTS), restock(ONE_MUG), new CompleteRefundCommand(REFUND_ID, NOW));
    }

    @Test
    void aCompletedRefundEndsWithNothingMoreToSend() {
        fixture.givenAggregate(REFUND).published(refund(ADMIN).event(), approved(), marketingRolledBack(),
                        paidBack(FUNDING.cash()), new RefundRestockedEvent(REFUND_ID, NOW))
                .whenAggregate(REFUND).publishes(new RefundCompletedEvent(REFUND_ID, ORDER, FUNDING.total(), NOW))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
