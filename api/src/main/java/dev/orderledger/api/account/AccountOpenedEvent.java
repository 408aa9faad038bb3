package dev.orderledger.api.account;

import org.axonframework.serialization.Revision;

import java.util.Currency;

/** An account took its first transfer; it keeps this currency for good. */
@Revision("1")
public record AccountOpenedEvent(AccountId accountId, Currency currency) {
}
