/**
 * Business processes that span aggregates (placement, payment, fulfillment, refund), one package
 * each, and the external partners they talk to: the payment gateway ({@code gateway}), the carrier
 * ({@code carrier}) and what both share ({@code partner}). Their simulators are the {@code simulator}
 * module, which only the development assembly has.
 */
package dev.orderledger.saga;
