/** Health of the ledger's dependencies as the actuator reports them. */
package dev.orderledger.app.observability;
