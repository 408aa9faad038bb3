/**
 * Product search on Elasticsearch: the index mapping (kept in resources/elasticsearch), the
 * projection that feeds the index from product events with external versioning (so stale or
 * repeated writes are dropped), and the public search API.
 */
package dev.orderledger.search;
