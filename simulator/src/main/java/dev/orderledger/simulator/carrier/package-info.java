/**
 * The simulated carrier under {@code /simulator/carrier}: shipments accepted, shipped and delivered
 * (or failed, or held), status queries, and scenarios that make it misbehave with its callbacks.
 */
package dev.orderledger.simulator.carrier;
