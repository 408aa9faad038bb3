package dev.orderledger.saga.fulfillment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.OrderCompletedEvent;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.saga.carrier.Shipment;
import dev.orderledger.saga.carrier.ShipmentRequest;
import dev.orderledger.saga.carrier.ShipmentStatus;

import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.cny;

/** One paid order of 164.80 going to Li Lei in Shanghai, and what the carrier says of it. */
final class FulfillmentMother {

    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final String SELLER = "10000001";
    static final PayOrderId PAY_ORDER = PayOrderId.of("pay-1");
    static final String REFERENCE = "ful-" + ORDER;
    static final Money PAID = cny("164.80");
    static final Money REFUNDED_BEFORE_COMPLETION = cny("35.20");
    static final ShippingAddress ADDRESS = new ShippingAddress("Li Lei", "13800000000", "Shanghai", "1 Nanjing Road", "200001");

    private FulfillmentMother() {
    }

    static OrderPaidEvent paid() {
        return new OrderPaidEvent(ORDER, PAY_ORDER, new Funding(PAID, cny("0"), cny("0")), NOW);
    }

    static FulfillmentStartedEvent physicalStarted() {
        return new FulfillmentStartedEvent(ORDER, OrderType.PHYSICAL, REFERENCE, ADDRESS, NOW);
    }

    static FulfillmentStartedEvent virtualStarted() {
        return new FulfillmentStartedEvent(ORDER, OrderType.VIRTUAL, REFERENCE, null, NOW);
    }

    static OrderDeliveredEvent delivered() {
        return new OrderDeliveredEvent(ORDER, NOW);
    }

    static OrderCompletedEvent completed(CompletionKind how, Money settlement) {
        return new OrderCompletedEvent(ORDER, how, UserId.of(SELLER), settlement, NOW);
    }

    static ShipmentRequest shipmentRequest() {
        return new ShipmentRequest(REFERENCE, ORDER, ADDRESS);
    }

    static Shipment carrierSays(ShipmentStatus status) {
        return new Shipment(REFERENCE, ORDER, "shp-1", status, "SF Express", "SF1234567890", null);
    }

    static TransferMoneyCommand settlement(Money amount) {
        return new TransferMoneyCommand(TransferId.of("settle:" + ORDER),
                AccountId.platform(AccountKind.PLATFORM_CLEARING, ORDER.toString()), AccountId.seller(UserId.of(SELLER)), amount,
                ORDER.toString(), WORDING, NOW);
    }
}
