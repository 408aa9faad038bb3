package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The review rules from now on, who set them and when (the audit of the rules is this stream). */
@Revision("1")
public record ReviewRulesChangedEvent(ReviewRules rules, UserId by, Instant at) {
}
