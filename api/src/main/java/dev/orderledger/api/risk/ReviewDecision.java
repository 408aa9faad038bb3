package dev.orderledger.api.risk;

/** What becomes of an order under review: placement goes on, or the order is cancelled ({@code RISK_CONTROL}). */
public enum ReviewDecision {
    APPROVE, REJECT
}
