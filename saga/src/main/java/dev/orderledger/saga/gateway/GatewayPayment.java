package dev.orderledger.saga.gateway;

import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;

/** The gateway's view of one payment (a callback, or the answer to a status query). */
public record GatewayPayment(String requestId, String transactionId, GatewayStatus status, Money amount, String reason)
        implements GatewayNotice {

    public GatewayPayment {
        if (requestId == null || requestId.isBlank() || transactionId == null || transactionId.isBlank() || status == null) {
            throw new InvalidValue("a gateway payment names its requestId, transactionId and status");
        }
    }
}
