/**
 * Business processes that span aggregates (placement, payment, fulfillment, refund), one package
 * each, and the external partners they talk to: the payment gateway ({@code gateway}), the carrier
 * ({@code carrier}), what both share ({@code partner}) and their in-app simulators ({@code simulator}).
 */
package dev.orderledger.saga;
