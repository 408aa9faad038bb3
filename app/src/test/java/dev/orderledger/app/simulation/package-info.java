/**
 * Seeded simulation (the TigerBeetle VOPR idea for the ledger): a seed generates a short random but
 * valid history of buyers, sellers, admins and misbehaving partners ({@link dev.orderledger.app.simulation.HistoryGenerator}),
 * it is played against the whole ledger over HTTP ({@link dev.orderledger.app.simulation.ActionRunner}),
 * the processes are left to settle ({@link dev.orderledger.app.simulation.Settling}), and the invariants are
 * checked ({@link dev.orderledger.app.simulation.Invariants}, {@link dev.orderledger.app.simulation.BookChecks});
 * a failing history is shrunk to the shortest list of actions that still fails
 * ({@link dev.orderledger.app.simulation.Shrinker}). {@code SeededSimulationIT} runs a budget of seeds.
 */
package dev.orderledger.app.simulation;
