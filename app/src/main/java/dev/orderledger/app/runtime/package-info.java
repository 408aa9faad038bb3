/**
 * The embedded runtime: with no configuration the ledger starts its own PostgreSQL (zonky, with a
 * persistent data directory) and its own Elasticsearch node (the integ-test distribution, as an
 * unprivileged user when run as root), before Spring reads its data source and search settings.
 * A configured JDBC URL or Elasticsearch URL switches each off. A server a killed ledger left
 * running is stopped before the new one starts, once {@code /proc} shows it really is that server.
 */
package dev.orderledger.app.runtime;
