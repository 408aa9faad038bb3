package dev.orderledger.api.risk;

/** Asks for the review rules in force, answered with {@link ReviewRules} ({@link ReviewRules#NONE} before any were set). */
public record FindReviewRulesQuery() {
}
