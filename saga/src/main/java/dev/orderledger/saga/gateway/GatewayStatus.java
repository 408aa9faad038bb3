package dev.orderledger.saga.gateway;

/** Where a payment or a refund stands at the gateway. */
public enum GatewayStatus {
    PROCESSING, SUCCEEDED, FAILED;

    public boolean isFinal() {
        return this != PROCESSING;
    }
}
