package dev.orderledger.saga.gateway;

/** The gateway refused to start the payment (P6): a definite answer, unlike {@link PartnerUnavailable}. */
public class PaymentDeclined extends RuntimeException {
    public PaymentDeclined(String reason) {
        super(reason);
    }
}
