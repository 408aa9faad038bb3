package dev.orderledger.api.intervention;

/** The business process that is stuck. */
public enum InterventionProcess {
    PLACEMENT, PAYMENT, FULFILLMENT, REFUND
}
