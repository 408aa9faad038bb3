package dev.orderledger.saga.gateway;

/** Placeholder until the partners branch lands: turns the gateway's answers into ledger commands. */
public interface GatewayResults {
    void apply(GatewayPayment payment);

    void apply(GatewayRefund refund);
}
