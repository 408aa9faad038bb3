package dev.orderledger.api.payment;

/** The payment state machine (DOMAIN.md, seed 003). P2, P5 and P7 exist so a lost reply can be queried. */
public enum PaymentStatus {
    P0_NOT_STARTED, P1_PENDING, P2_MARKETING_INIT, P3_MARKETING_FAILED, P4_MARKETING_SUCCESS,
    P5_PAYMENT_INITIALIZED, P6_PAYMENT_INIT_FAILED, P7_PROCESSING, P8_SUCCESS, P9_FAILED, P10_CANCELLED, P11_TIMEOUT;

    public boolean isFinal() {
        return this == P3_MARKETING_FAILED || this == P6_PAYMENT_INIT_FAILED || this == P8_SUCCESS || this == P9_FAILED
                || this == P10_CANCELLED || this == P11_TIMEOUT;
    }
}
