package dev.orderledger.saga.fulfillment;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.order.AcceptFulfillmentCommand;
import dev.orderledger.api.order.AutoConfirmReceiptCommand;
import dev.orderledger.api.order.FulfillmentFailedEvent;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderCompletedEvent;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.order.StartFulfillmentCommand;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.saga.Interventions;
import dev.orderledger.saga.Journal;
import dev.orderledger.saga.Outcome;
import dev.orderledger.saga.ProcessSettings;
import dev.orderledger.saga.Recheck;
import dev.orderledger.saga.carrier.FulfillmentPartner;
import dev.orderledger.saga.carrier.Shipment;
import dev.orderledger.saga.carrier.ShipmentRequest;
import dev.orderledger.saga.carrier.ShipmentResults;
import dev.orderledger.saga.gateway.PartnerUnavailable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.Optional;

import static dev.orderledger.api.account.JournalEntryKind.SETTLE;

/**
 * Fulfillment of one paid order (seed 003 "履约").
 *
 * <ol>
 *   <li>F1: recorded before the partner is called, under the reference {@code ful-<orderId>}; virtual
 *       goods are delivered and the order completed at once.</li>
 *   <li>Ask the carrier to ship (idempotent on the reference). Its signed callbacks move the order:
 *       accepted (F2), shipped (carrier and tracking number), delivered (F4), or failed (F3).</li>
 *   <li>Delivered: the buyer confirms receipt, or {@link ProcessSettings#autoConfirmAfter()} later it is
 *       confirmed for them ({@link #AUTO_CONFIRM}, a persistent deadline).</li>
 *   <li>Completed: the seller is settled, platform clearing → seller, what was paid less what was
 *       refunded before completion.</li>
 *   <li>F3: a refund of the whole order is opened automatically (kind FAILED_FULFILLMENT).</li>
 * </ol>
 * Lost replies: until delivery, {@link #RECHECK} asks the carrier what it knows every
 * {@link ProcessSettings#recheckInterval()}, and asks it to ship again if it never heard of the order.
 */
@Saga
public class FulfillmentSaga {

    public static final String RECHECK = "fulfillment-recheck";
    public static final String AUTO_CONFIRM = "fulfillment-auto-confirm";
    private static final Logger log = LoggerFactory.getLogger(FulfillmentSaga.class);

    private OrderId orderId;
    private String reference;
    private ShippingAddress address;
    private boolean withCarrier;
    private final Recheck recheck = new Recheck(RECHECK);

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient FulfillmentPartner carrier;
    @Autowired
    private transient ShipmentResults results;
    @Autowired
    private transient ProcessSettings settings;
    @Autowired
    private transient Clock clock;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPaidEvent paid) {
        orderId = paid.orderId();
        reference = "ful-" + orderId;
        Outcome<Object> started = Outcome.of(commands, new StartFulfillmentCommand(orderId, reference, paid.paidAt()));
        if (!started.succeeded()) {
            log.info("Order {} is not fulfilled: {}", orderId, started.detail());
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(FulfillmentStartedEvent started) {
        if (started.type() == OrderType.VIRTUAL) {
            return;
        }
        address = started.shippingAddress();
        withCarrier = true;
        recheck.later(deadlines, settings);
        requestShipment();
    }

    /** Asks the carrier without waiting: its answer is F2; no answer is found out by {@link #RECHECK}. */
    private void requestShipment() {
        OrderId id = orderId;
        String ref = reference;
        CommandGateway sender = commands;
        Clock now = clock;
        carrier.requestShipment(new ShipmentRequest(reference, orderId, address)).whenComplete((accepted, error) -> {
            if (accepted != null) {
                sender.send(new AcceptFulfillmentCommand(id, ref, now.instant()));
            } else {
                log.warn("No answer from the carrier for order {} ({}); it will be asked again", id, String.valueOf(error));
            }
        });
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderDeliveredEvent delivered) {
        recheck.stop(deadlines);
        if (withCarrier) {
            deadlines.schedule(settings.autoConfirmAfter(), AUTO_CONFIRM);
        }
    }

    @DeadlineHandler(deadlineName = AUTO_CONFIRM)
    void autoConfirm() {
        Outcome.of(commands, new AutoConfirmReceiptCommand(orderId, clock.instant()));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(FulfillmentFailedEvent failed) {
        recheck.stop(deadlines);
        Outcome<RefundId> refund = Outcome.of(commands, new RequestRefundCommand(orderId, RefundId.of("ff-" + orderId), Actor.system(),
                RefundKind.FAILED_FULFILLMENT, null, 0, false, "fulfillment failed: " + failed.reason(), failed.at()));
        if (!refund.succeeded()) {
            Interventions.raise(commands, InterventionProcess.FULFILLMENT, orderId.toString(), "AUTO_REFUND_REFUSED",
                    "fulfillment of order " + orderId + " failed and its refund was refused: " + refund.detail(), failed.at());
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCompletedEvent completed) {
        recheck.stop(deadlines);
        deadlines.cancelAllWithinScope(AUTO_CONFIRM);
        Outcome<TransferResult> settled = Journal.transfer(commands, SETTLE.of(orderId),
                AccountId.platform(AccountKind.PLATFORM_CLEARING, orderId.toString()), AccountId.seller(completed.sellerId()),
                completed.settlement(), orderId.toString(), "settlement of order " + orderId, completed.at());
        if (!settled.succeeded()) {
            Interventions.raise(commands, InterventionProcess.FULFILLMENT, orderId.toString(), "SETTLEMENT_REFUSED",
                    "order " + orderId + " completed but its settlement was refused: " + settled.detail(), completed.at());
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderClosedEvent closed) {
        recheck.stop(deadlines);
        deadlines.cancelAllWithinScope(AUTO_CONFIRM);
    }

    /** No word from the carrier: ask it, apply what it knows, or ask it to ship if it never heard of the order. */
    @DeadlineHandler(deadlineName = RECHECK)
    void onRecheckDue() {
        recheck.fired();
        try {
            Optional<Shipment> known = carrier.findShipment(reference);
            if (known.isPresent()) {
                results.apply(known.get());
            } else {
                requestShipment();
            }
        } catch (PartnerUnavailable unavailable) {
            log.warn("The carrier did not answer about order {}: {}", orderId, unavailable.getMessage());
        }
        recheck.later(deadlines, settings);
    }

}
