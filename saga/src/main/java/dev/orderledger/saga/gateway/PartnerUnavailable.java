package dev.orderledger.saga.gateway;

/** A partner did not answer (timeout, connection refused, lost reply, 5xx): what it did is unknown. */
public class PartnerUnavailable extends RuntimeException {
    public PartnerUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
