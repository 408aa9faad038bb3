/**
 * Business processes that span aggregates (placement, payment, fulfillment, refund), one package
 * each, and the simulated external partners they talk to. Filled in by the sagas issue.
 */
package dev.orderledger.saga;
