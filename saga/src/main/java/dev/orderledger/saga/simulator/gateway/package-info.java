/**
 * The simulated payment gateway under {@code /simulator/gateway}: payments and refunds, status
 * queries, and scenarios that make it fail, decline, lose replies or misbehave with its callbacks.
 */
package dev.orderledger.saga.simulator.gateway;
