package dev.orderledger.saga.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.MarkOrderPaidCommand;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.payment.ApplyGatewayResultCommand;
import dev.orderledger.api.payment.CancelPayOrderCommand;
import dev.orderledger.api.payment.InitialisePaymentCommand;
import dev.orderledger.api.payment.MarketingDeductionFailedEvent;
import dev.orderledger.api.payment.PayOrderTimedOutEvent;
import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.api.payment.PaymentFailedEvent;
import dev.orderledger.api.payment.PaymentInitFailedEvent;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentReturnFailedEvent;
import dev.orderledger.api.payment.RecordPaymentReturnCommand;
import dev.orderledger.api.payment.PaymentReturnedEvent;
import dev.orderledger.api.payment.RecordMarketingDeductionCommand;
import dev.orderledger.api.payment.RecordPaymentInitFailureCommand;
import dev.orderledger.api.payment.RecordPaymentProcessingCommand;
import dev.orderledger.api.payment.ReturnPaymentCommand;
import dev.orderledger.api.payment.StartMarketingDeductionCommand;
import dev.orderledger.api.payment.TimeOutPayOrderCommand;
import dev.orderledger.saga.gateway.FakePaymentGateway;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayResults;
import dev.orderledger.saga.gateway.PartnerUnavailable;
import dev.orderledger.saga.gateway.PaymentAccepted;
import dev.orderledger.saga.gateway.PaymentDeclined;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.saga.gateway.RefundRequest;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static dev.orderledger.api.order.CancellationReason.PAYMENT_TIMEOUT;
import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.RECHECK_INTERVAL;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.cny;
import static dev.orderledger.saga.ProcessFixtures.commandsSent;
import static dev.orderledger.saga.ProcessFixtures.sagaFixture;
import static dev.orderledger.saga.gateway.GatewayStatus.FAILED;
import static dev.orderledger.saga.gateway.GatewayStatus.PROCESSING;
import static dev.orderledger.saga.gateway.GatewayStatus.SUCCEEDED;
import static dev.orderledger.saga.payment.PaymentMother.CASH_ONLY;
import static dev.orderledger.saga.payment.PaymentMother.CASH_ONLY_A;
import static dev.orderledger.saga.payment.PaymentMother.CASH_ONLY_B;
import static dev.orderledger.saga.payment.PaymentMother.CLEARING;
import static dev.orderledger.saga.payment.PaymentMother.COINS;
import static dev.orderledger.saga.payment.PaymentMother.GATEWAY;
import static dev.orderledger.saga.payment.PaymentMother.MARKETING;
import static dev.orderledger.saga.payment.PaymentMother.MIXED;
import static dev.orderledger.saga.payment.PaymentMother.MIXED_A;
import static dev.orderledger.saga.payment.PaymentMother.MIXED_B;
import static dev.orderledger.saga.payment.PaymentMother.ORDER_A;
import static dev.orderledger.saga.payment.PaymentMother.ORDER_B;
import static dev.orderledger.saga.payment.PaymentMother.PAY;
import static dev.orderledger.saga.payment.PaymentMother.PAY_ORDER;
import static dev.orderledger.saga.payment.PaymentMother.TRANSACTION;
import static dev.orderledger.saga.payment.PaymentMother.WALLET;
import static dev.orderledger.saga.payment.PaymentMother.cancelled;
import static dev.orderledger.saga.payment.PaymentMother.cashOnlyPayOrder;
import static dev.orderledger.saga.payment.PaymentMother.created;
import static dev.orderledger.saga.payment.PaymentMother.gatewaySays;
import static dev.orderledger.saga.payment.PaymentMother.initialised;
import static dev.orderledger.saga.payment.PaymentMother.markPaid;
import static dev.orderledger.saga.payment.PaymentMother.marketingDeducted;
import static dev.orderledger.saga.payment.PaymentMother.marketingStarted;
import static dev.orderledger.saga.payment.PaymentMother.lateReturnRequested;
import static dev.orderledger.saga.payment.PaymentMother.mixedPayOrder;
import static dev.orderledger.saga.payment.PaymentMother.paidAfterCancellation;
import static dev.orderledger.saga.payment.PaymentMother.processing;
import static dev.orderledger.saga.payment.PaymentMother.returnIdOf;
import static dev.orderledger.saga.payment.PaymentMother.returnRequested;
import static dev.orderledger.saga.payment.PaymentMother.succeeded;
import static dev.orderledger.saga.payment.PaymentMother.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class PaymentSagaTest {

    private static final String INTERVENTION = "payment:" + PAY;

    private SagaTestFixture<PaymentSaga> fixture;
    private final FakePaymentGateway gateway = new FakePaymentGateway();
    private final GatewayResults results = mock(GatewayResults.class);

    /** Transfers (by id) and orders that refuse; everything else is accepted. */
    private final Set<String> refusedTransfers = new HashSet<>();
    private final Set<OrderId> ordersRefusingPayment = new HashSet<>();
    /** The pay order was cancelled before the process recorded its next step. */
    private boolean payOrderCancelledMeanwhile;

    @BeforeEach
    void setUp() {
        fixture = sagaFixture(PaymentSaga.class);
        fixture.registerResource(gateway);
        fixture.registerResource(results);
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof TransferMoneyCommand transfer && refusedTransfers.contains(transfer.transferId().value())) {
                throw new BusinessRuleViolation("INSUFFICIENT_BALANCE", "not enough in " + transfer.from());
            }
            if (payload instanceof MarkOrderPaidCommand paid && ordersRefusingPayment.contains(paid.orderId())) {
                throw new StateConflict("CANCELLED", "order " + paid.orderId() + " is cancelled");
            }
            if (payload instanceof ApplyGatewayResultCommand && payOrderCancelledMeanwhile) {
                throw new StateConflict("P10_CANCELLED", "pay order " + PAY + " is P10_CANCELLED");
            }
            return null;
        });
    }

    // P1 -> P2 / P5

    @Test
    void aPayOrderWithoutCoinsOrVoucherIsInitialisedWithTheGatewayAtOnce() {
        fixture.givenNoPriorActivity()
                .whenAggregate(PAY).publishes(cashOnlyPayOrder())
                .expectActiveSagas(1)
                .expectAssociationWith("orderId", ORDER_A.toString())
                .expectAssociationWith("orderId", ORDER_B.toString())
                .expectDispatchedCommands(new InitialisePaymentCommand(PAY_ORDER, PAY, NOW));
    }

    @Test
    void aPayOrderWithCoinsOrVoucherStartsByDeductingMarketing() {
        fixture.givenNoPriorActivity()
                .whenAggregate(PAY).publishes(mixedPayOrder())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartMarketingDeductionCommand(PAY_ORDER, NOW));
    }

    // P2 -> P3 / P4

    @Test
    void marketingDeductionMovesCoinsAndVoucherIntoClearing() {
        fixture.givenAggregate(PAY).published(mixedPayOrder())
                .whenAggregate(PAY).publishes(marketingStarted())
                .expectDispatchedCommands(
                        transfer("coins:" + PAY, COINS, CLEARING, MIXED.coins()),
                        transfer("voucher:" + PAY, MARKETING, CLEARING, MIXED.voucher()),
                        new RecordMarketingDeductionCommand(PAY_ORDER, true, null, NOW))
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);
    }

    @Test
    void coinsTheBuyerDoesNotHaveFailTheMarketingDeduction() {
        refusedTransfers.add("coins:" + PAY);

        fixture.givenAggregate(PAY).published(mixedPayOrder())
                .whenAggregate(PAY).publishes(marketingStarted())
                .expectDispatchedCommands(
                        transfer("coins:" + PAY, COINS, CLEARING, MIXED.coins()),
                        new RecordMarketingDeductionCommand(PAY_ORDER, false, WORDING, NOW));
    }

    @Test
    void aFailedMarketingDeductionEndsThePaymentWithNothingToGiveBack() {
        refusedTransfers.add("coins:" + PAY);

        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted())
                .whenAggregate(PAY).publishes(new MarketingDeductionFailedEvent(PAY_ORDER, WORDING, NOW))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void deductedMarketingInitialisesThePayment() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted())
                .whenAggregate(PAY).publishes(marketingDeducted())
                .expectDispatchedCommands(new InitialisePaymentCommand(PAY_ORDER, PAY, NOW));
    }

    @Test
    void theRecheckDuringMarketingDeductionRepeatsTheIdempotentDeduction() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted())
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectTriggeredDeadlinesWithName(PaymentSaga.RECHECK)
                .expectDispatchedCommands(
                        transfer("coins:" + PAY, COINS, CLEARING, MIXED.coins()),
                        transfer("voucher:" + PAY, MARKETING, CLEARING, MIXED.voucher()),
                        new RecordMarketingDeductionCommand(PAY_ORDER, true, null, NOW))
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);
    }

    // P5 -> P6 / P7

    @Test
    void anInitialisedPaymentAsksTheGatewayForTheCash() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted())
                .whenAggregate(PAY).publishes(initialised(MIXED.cash()))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);

        assertThat(gateway.paymentRequests).extracting(PaymentRequest::requestId, PaymentRequest::amount)
                .containsExactly(tuple(PAY, MIXED.cash()));
    }

    @Test
    void theGatewayTakingTheRequestRecordsThePaymentAsProcessing() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder())
                .whenAggregate(PAY).publishes(initialised(CASH_ONLY.cash()));

        gateway.lastPaymentAnswer().complete(new PaymentAccepted(TRANSACTION));

        assertThat(commandsSent(fixture)).containsExactly(new RecordPaymentProcessingCommand(PAY_ORDER, TRANSACTION, NOW));
    }

    @Test
    void aRequestTheGatewayDeclinesRecordsTheInitFailure() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder())
                .whenAggregate(PAY).publishes(initialised(CASH_ONLY.cash()));

        gateway.lastPaymentAnswer().completeExceptionally(new PaymentDeclined("card declined"));

        assertThat(commandsSent(fixture)).containsExactly(new RecordPaymentInitFailureCommand(PAY_ORDER, "card declined", NOW));
    }

    @Test
    void noAnswerFromTheGatewayRecordsNothingAndLeavesItToTheRecheck() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder())
                .whenAggregate(PAY).publishes(initialised(CASH_ONLY.cash()))
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);

        gateway.lastPaymentAnswer().completeExceptionally(new PartnerUnavailable("read timed out", null));

        assertThat(commandsSent(fixture)).isEmpty();
    }

    @Test
    void aPaymentTheGatewayRefusedToStartGivesTheMarketingBack() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()))
                .whenAggregate(PAY).publishes(new PaymentInitFailedEvent(PAY_ORDER, "card declined", NOW))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        transfer("coins-back:" + PAY, CLEARING, COINS, MIXED.coins()),
                        transfer("voucher-back:" + PAY, CLEARING, MARKETING, MIXED.voucher()));
    }

    @Test
    void aPaymentFromTheLedgerWalletNeedsNoGateway() {
        fixture.givenAggregate(PAY).published(created(CASH_ONLY_A, CASH_ONLY_B, PaymentMethod.LEDGER_WALLET))
                .whenAggregate(PAY).publishes(initialised(CASH_ONLY.cash()))
                .expectDispatchedCommands(
                        transfer("pay:" + PAY, WALLET, CLEARING, CASH_ONLY.cash()),
                        new ApplyGatewayResultCommand(PAY_ORDER, "wallet-" + PAY, true, CASH_ONLY.cash(), null, NOW));

        assertThat(gateway.paymentRequests).isEmpty();
    }

    /** The seeded simulation's seed 177: the order was cancelled while the process paid from the wallet. */
    @Test
    void walletCashTakenForAPayOrderCancelledMeanwhileGoesBackToTheWallet() {
        payOrderCancelledMeanwhile = true;

        fixture.givenAggregate(PAY).published(created(CASH_ONLY_A, CASH_ONLY_B, PaymentMethod.LEDGER_WALLET))
                .whenAggregate(PAY).publishes(initialised(CASH_ONLY.cash()))
                .expectDispatchedCommands(
                        transfer("pay:" + PAY, WALLET, CLEARING, CASH_ONLY.cash()),
                        new ApplyGatewayResultCommand(PAY_ORDER, "wallet-" + PAY, true, CASH_ONLY.cash(), null, NOW),
                        transfer("pay-back:" + PAY, CLEARING, WALLET, CASH_ONLY.cash()));
    }

    @Test
    void theRecheckWhileProcessingAsksTheGatewayAndAppliesItsAnswer() {
        GatewayPayment success = gatewaySays(SUCCEEDED, CASH_ONLY.cash());
        gateway.knows(success);

        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), processing())
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectTriggeredDeadlinesWithName(PaymentSaga.RECHECK)
                .expectActiveSagas(1);

        assertThat(gateway.paymentQueries).containsExactly(PAY);
        assertThat(gateway.paymentRequests).hasSize(1);
        verify(results).apply(success);
    }

    @Test
    void theRecheckLooksAgainLaterWhileTheGatewayIsStillWorking() {
        gateway.knows(gatewaySays(PROCESSING, null));

        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), processing())
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);
    }

    @Test
    void theRecheckOfAPaymentTheGatewayNeverHeardOfAsksForItAgain() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()))
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);

        assertThat(gateway.paymentRequests).extracting(PaymentRequest::requestId).containsExactly(PAY, PAY);
        verify(results, never()).apply(any(GatewayPayment.class));
    }

    // P8 / P9

    @Test
    void aSucceededPaymentBringsTheCashInAndMarksEveryOrderPaidWithItsFunding() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing())
                .whenAggregate(PAY).publishes(succeeded(MIXED.cash()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        transfer("pay-in:" + PAY, GATEWAY, WALLET, MIXED.cash()),
                        transfer("pay:" + PAY, WALLET, CLEARING, MIXED.cash()),
                        markPaid(ORDER_A, MIXED_A),
                        markPaid(ORDER_B, MIXED_B));
    }

    @Test
    void anOrderRefusingThePaymentGetsItsShareReturned() {
        ordersRefusingPayment.add(ORDER_B);

        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing())
                .whenAggregate(PAY).publishes(succeeded(MIXED.cash()))
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        transfer("pay-in:" + PAY, GATEWAY, WALLET, MIXED.cash()),
                        transfer("pay:" + PAY, WALLET, CLEARING, MIXED.cash()),
                        markPaid(ORDER_A, MIXED_A),
                        markPaid(ORDER_B, MIXED_B),
                        new ReturnPaymentCommand(PAY_ORDER, returnIdOf(ORDER_B), ORDER_B, WORDING, NOW));
    }

    @Test
    void aFailedPaymentGivesTheMarketingBack() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing())
                .whenAggregate(PAY).publishes(new PaymentFailedEvent(PAY_ORDER, TRANSACTION, WORDING, NOW))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        transfer("coins-back:" + PAY, CLEARING, COINS, MIXED.coins()),
                        transfer("voucher-back:" + PAY, CLEARING, MARKETING, MIXED.voucher()));
    }

    // P10 / P11

    @Test
    void anOrderCancelledForPaymentTimeoutTimesOutTheUnfinishedPayOrder() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()))
                .whenAggregate(ORDER_A.toString()).publishes(cancelled(ORDER_A, PAYMENT_TIMEOUT))
                .expectDispatchedCommands(new TimeOutPayOrderCommand(PAY_ORDER, NOW));
    }

    @Test
    void anOrderCancelledByTheBuyerCancelsTheUnfinishedPayOrder() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder())
                .whenAggregate(ORDER_B.toString()).publishes(cancelled(ORDER_B, CancellationReason.BUYER))
                .expectDispatchedCommands(new CancelPayOrderCommand(PAY_ORDER, WORDING, NOW));
    }

    @Test
    void aTimedOutPayOrderGivesTheMarketingBackAndEndsWhenTheGatewayWasNeverAsked() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted())
                .whenAggregate(PAY).publishes(new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        transfer("coins-back:" + PAY, CLEARING, COINS, MIXED.coins()),
                        transfer("voucher-back:" + PAY, CLEARING, MARKETING, MIXED.voucher()));
    }

    @Test
    void aTimedOutPayOrderKeepsAskingTheGatewayItHadAlreadyAsked() {
        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()))
                .whenAggregate(PAY).publishes(new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK)
                .expectDispatchedCommands(
                        transfer("coins-back:" + PAY, CLEARING, COINS, MIXED.coins()),
                        transfer("voucher-back:" + PAY, CLEARING, MARKETING, MIXED.voucher()));
    }

    @Test
    void aRecheckAfterTimeoutThatFindsNoPaymentEndsTheProcess() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        assertThat(gateway.paymentRequests).hasSize(1);
    }

    @Test
    void aRecheckAfterTimeoutThatFindsAFailedPaymentEndsTheProcess() {
        GatewayPayment failure = gatewaySays(FAILED, null);
        gateway.knows(failure);

        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectActiveSagas(0);

        verify(results).apply(failure);
    }

    @Test
    void aRecheckAfterTimeoutThatFindsASuccessWaitsForItToBeReturned() {
        GatewayPayment success = gatewaySays(SUCCEEDED, CASH_ONLY.cash());
        gateway.knows(success);

        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .whenTimeElapses(RECHECK_INTERVAL)
                .expectActiveSagas(1);

        verify(results).apply(success);
    }

    @Test
    void aSuccessReportedAfterCancellationIsReturnedToTheBuyer() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .whenAggregate(PAY).publishes(paidAfterCancellation(CASH_ONLY.cash()))
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        transfer("pay-in:" + PAY, GATEWAY, WALLET, CASH_ONLY.cash()),
                        new ReturnPaymentCommand(PAY_ORDER, ReturnId.of("late"), null, WORDING, NOW));
    }

    @Test
    void aSuccessReturnedAfterCancellationEndsThePayment() throws Exception {
        GatewayPayment success = gatewaySays(SUCCEEDED, CASH_ONLY.cash());
        gateway.knows(success);

        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), new PayOrderTimedOutEvent(PAY_ORDER, NOW))
                .andThenTimeElapses(RECHECK_INTERVAL)
                .andThenAggregate(PAY).published(paidAfterCancellation(CASH_ONLY.cash()), lateReturnRequested(CASH_ONLY.cash()))
                .whenAggregate(PAY).publishes(new PaymentReturnedEvent(PAY_ORDER, ReturnId.of("late"), "gw-refund-1", NOW))
                .expectActiveSagas(0)
                .expectDispatchedCommands(transfer("return-out:" + PAY + ":late", WALLET, GATEWAY, CASH_ONLY.cash()));
    }

    @Test
    void anAmountMismatchGoesToTheInterventionQueue() {
        fixture.givenAggregate(PAY).published(cashOnlyPayOrder(), initialised(CASH_ONLY.cash()), processing())
                .whenAggregate(PAY).publishes(new PaymentAmountMismatchedEvent(PAY_ORDER, TRANSACTION, CASH_ONLY.cash(), cny("150.00"), NOW))
                .expectDispatchedCommands(new RaiseInterventionCommand(InterventionId.of(INTERVENTION), InterventionProcess.PAYMENT, PAY,
                        "AMOUNT_MISMATCH", WORDING, NOW));
    }

    // returns

    @Test
    void aReturnMovesTheOrdersShareBackToItsSourcesAndAsksTheGatewayToPayTheCash() {
        ordersRefusingPayment.add(ORDER_B);
        String key = PAY + ":" + returnIdOf(ORDER_B);

        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing(), succeeded(MIXED.cash()))
                .whenAggregate(PAY).publishes(returnRequested(ORDER_B, MIXED_B))
                .expectDispatchedCommands(
                        transfer("return-coins:" + key, CLEARING, COINS, MIXED_B.coins(), ORDER_B.toString()),
                        transfer("return-voucher:" + key, CLEARING, MARKETING, MIXED_B.voucher(), ORDER_B.toString()),
                        transfer("return:" + key, CLEARING, WALLET, MIXED_B.cash(), ORDER_B.toString()));

        assertThat(gateway.refundRequests).containsExactly(
                new RefundRequest("ret-" + PAY + "-" + returnIdOf(ORDER_B), "return:" + key, MIXED_B.cash()));
    }

    @Test
    void aReturnPaidOutEndsThePayment() {
        ordersRefusingPayment.add(ORDER_B);

        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing(), succeeded(MIXED.cash()), returnRequested(ORDER_B, MIXED_B))
                .whenAggregate(PAY).publishes(new PaymentReturnedEvent(PAY_ORDER, returnIdOf(ORDER_B), "gw-refund-1", NOW))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        transfer("return-out:" + PAY + ":" + returnIdOf(ORDER_B), WALLET, GATEWAY, MIXED_B.cash()));
    }

    @Test
    void aReturnTheGatewayFailsToPayGoesToTheInterventionQueue() {
        ordersRefusingPayment.add(ORDER_B);

        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing(), succeeded(MIXED.cash()), returnRequested(ORDER_B, MIXED_B))
                .whenAggregate(PAY).publishes(new PaymentReturnFailedEvent(PAY_ORDER, returnIdOf(ORDER_B), WORDING, NOW))
                .expectAssociationWith("interventionId", INTERVENTION)
                .expectDispatchedCommands(new RaiseInterventionCommand(InterventionId.of(INTERVENTION), InterventionProcess.PAYMENT, PAY,
                        "RETURN_FAILED", WORDING, NOW));
    }

    @Test
    void anAdminRetryAsksTheGatewayToPayTheFailedReturnAgain() {
        ordersRefusingPayment.add(ORDER_B);

        fixture.givenAggregate(PAY).published(mixedPayOrder(), marketingStarted(), marketingDeducted(), initialised(MIXED.cash()),
                        processing(), succeeded(MIXED.cash()), returnRequested(ORDER_B, MIXED_B),
                        new PaymentReturnFailedEvent(PAY_ORDER, returnIdOf(ORDER_B), WORDING, NOW))
                .whenAggregate(INTERVENTION).publishes(new InterventionRetryRequestedEvent(InterventionId.of(INTERVENTION),
                        InterventionProcess.PAYMENT, PAY, "RETURN_FAILED", UserId.of("admin-1"), NOW))
                .expectNoDispatchedCommands();

        assertThat(gateway.refundRequests).hasSize(2).allMatch(request -> request.amount().equals(MIXED_B.cash()));
    }

    /** A wallet payment's return is paid back in the wallet on every path, never through the gateway as well. */
    @Test
    void aWalletReturnIsNeverPaidOutThroughTheGatewayNeitherOnRetryNorOnRecheck() {
        ordersRefusingPayment.add(ORDER_B);
        RecordPaymentReturnCommand inTheWallet = new RecordPaymentReturnCommand(PAY_ORDER, returnIdOf(ORDER_B), true, "wallet", null, NOW);

        fixture.givenAggregate(PAY).published(created(CASH_ONLY_A, CASH_ONLY_B, PaymentMethod.LEDGER_WALLET),
                        initialised(CASH_ONLY.cash()), succeeded(CASH_ONLY.cash()), returnRequested(ORDER_B, CASH_ONLY_B),
                        new PaymentReturnFailedEvent(PAY_ORDER, returnIdOf(ORDER_B), WORDING, NOW))
                .whenAggregate(INTERVENTION).publishes(new InterventionRetryRequestedEvent(InterventionId.of(INTERVENTION),
                        InterventionProcess.PAYMENT, PAY, "RETURN_FAILED", UserId.of("admin-1"), NOW))
                .expectDispatchedCommands(inTheWallet)
                .expectScheduledDeadlineWithName(RECHECK_INTERVAL, PaymentSaga.RECHECK);
        fixture.whenTimeElapses(RECHECK_INTERVAL)
                .expectTriggeredDeadlinesWithName(PaymentSaga.RECHECK)
                .expectDispatchedCommands(inTheWallet);

        assertThat(gateway.refundRequests).isEmpty();
        assertThat(gateway.refundQueries).isEmpty();
    }
}
