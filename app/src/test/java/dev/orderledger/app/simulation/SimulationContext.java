package dev.orderledger.app.simulation;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest.User;
import dev.orderledger.saga.simulator.gateway.SimulatedGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Function;

/**
 * What every run of a history shares: the ledger over HTTP, an admin's token, a way to register a
 * user of an account type, the event store, the simulated gateway's own books (to compare the ledger
 * with the partner), the batched reconciliation, the running totals, and a prefix that keeps this
 * JVM's ids apart from those of earlier runs on the same database.
 */
record SimulationContext(LedgerClient api, String adminToken, Function<String, User> register, JdbcTemplate jdbc,
                         LedgerFacts facts, SimulatedGateway gateway, Reconciler reconciler, Tally tally, String prefix) {
}
