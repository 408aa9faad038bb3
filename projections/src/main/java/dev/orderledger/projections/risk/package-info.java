/**
 * The review queue read model: the orders that review rules put under review, the rules that fired, and
 * how and by whom each was decided (processing group {@code review-views}).
 */
package dev.orderledger.projections.risk;
