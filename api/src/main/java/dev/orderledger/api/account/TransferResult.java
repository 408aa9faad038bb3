package dev.orderledger.api.account;

/** The answer to a transfer: recorded now, or already recorded by an earlier identical command. */
public record TransferResult(TransferId transferId, boolean recorded) {
}
