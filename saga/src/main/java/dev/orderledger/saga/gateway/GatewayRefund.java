package dev.orderledger.saga.gateway;

import dev.orderledger.api.gateway.RefundReference;
import dev.orderledger.api.common.InvalidValue;

/** The gateway's view of one refund (a callback, or the answer to a status query). */
public record GatewayRefund(String refundId, String reference, GatewayStatus status, String reason)
        implements GatewayNotice {

    public GatewayRefund {
        if (refundId == null || refundId.isBlank() || status == null) {
            throw new InvalidValue("a gateway refund names its refundId and status");
        }
        RefundReference.parse(reference);
    }
}
