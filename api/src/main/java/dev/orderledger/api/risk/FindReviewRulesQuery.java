package dev.orderledger.api.risk;

/** The review rules in force, answered by {@link ReviewRules} ({@link ReviewRules#NONE} until an admin sets some). */
public record FindReviewRulesQuery() {
}
