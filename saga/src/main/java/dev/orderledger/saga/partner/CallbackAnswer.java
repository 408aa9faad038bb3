package dev.orderledger.saga.partner;

/** What the ledger answers a callback it acted on: {@code {"applied":true}}. */
public record CallbackAnswer(boolean applied) {

    public static final CallbackAnswer APPLIED = new CallbackAnswer(true);
}
