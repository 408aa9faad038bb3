/**
 * The read models of risk control: the review queue (the orders that review rules put under review, the rules
 * that fired, and how and by whom each was decided; processing group {@code review-views}) and who is blocked
 * now (processing group {@code standing-views}).
 */
package dev.orderledger.projections.risk;
