package dev.orderledger.api.account;

/** Which side of a transfer an account was on: money left it (debit) or entered it (credit). */
public enum EntryDirection {
    DEBIT, CREDIT
}
