package dev.orderledger.app.simulation;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest.User;
import dev.orderledger.simulator.gateway.SimulatedGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * What every run of a history shares: the ledger over HTTP, an admin's token, a way to register a
 * user of an account type, the event store, whether every event processor (projections and
 * processes) has handled the store up to a position, the simulated gateway's own books (to compare
 * the ledger with the partner), the batched reconciliation, the running totals, and a prefix that
 * keeps this JVM's ids apart from those of earlier runs on the same database.
 */
record SimulationContext(LedgerClient api, String adminToken, Function<String, User> register, JdbcTemplate jdbc,
                         LongPredicate processed, LedgerFacts facts, SimulatedGateway gateway, Reconciler reconciler,
                         Tally tally, String prefix) {
}
