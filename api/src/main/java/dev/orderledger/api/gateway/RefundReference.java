package dev.orderledger.api.gateway;

import dev.orderledger.api.common.InvalidValue;

/**
 * What a gateway refund is for, written into its reference and echoed back by the gateway:
 * {@code refund:<refundId>} for an order's refund, {@code return:<payOrderId>:<returnId>} for money a
 * pay order gives back.
 */
public sealed interface RefundReference {

    String value();

    /** @throws InvalidValue for anything else, parts left empty included */
    static RefundReference parse(String value) {
        if (value != null && value.startsWith("refund:") && value.length() > "refund:".length()) {
            return new OrderRefund(value.substring("refund:".length()));
        }
        if (value != null && value.startsWith("return:")) {
            int split = value.indexOf(':', "return:".length());
            if (split > "return:".length() && split < value.length() - 1) {
                return new PaymentReturn(value.substring("return:".length(), split), value.substring(split + 1));
            }
        }
        throw new InvalidValue("reference", "not a refund reference: " + value);
    }

    record OrderRefund(String refundId) implements RefundReference {
        @Override
        public String value() {
            return "refund:" + refundId;
        }
    }

    record PaymentReturn(String payOrderId, String returnId) implements RefundReference {
        @Override
        public String value() {
            return "return:" + payOrderId + ":" + returnId;
        }
    }
}
