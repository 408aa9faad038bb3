/**
 * Product search on Elasticsearch: the index mappings (kept in resources/elasticsearch), the
 * projection that folds product, price, presentation, rating, stock and category events into one
 * document per product with external versions derived from the source aggregates' sequence numbers
 * (so stale or repeated writes are dropped), the rebuild that replays the event history into a new
 * index and moves the alias without downtime, and the public search and suggestion API with filters
 * (tags among them), facets and sorts (rating among them).
 */
package dev.orderledger.search;
