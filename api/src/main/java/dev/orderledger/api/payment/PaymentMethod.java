package dev.orderledger.api.payment;

/** How the cash part is paid. */
public enum PaymentMethod {
    GATEWAY_CARD, GATEWAY_WALLET, LEDGER_WALLET
}
