/**
 * The simulated payment gateway under {@code /simulator/gateway}: payments and refunds, status
 * queries, scenarios that make it fail, decline, lose replies or misbehave with its callbacks, and
 * its daily statement of what succeeded, with differences planted on request.
 */
package dev.orderledger.simulator.gateway;
