/**
 * What lets several ledger nodes share one database (issue 15): each node's hold on its order-id machine id
 * (a lease in the database, so two nodes never make ids with one machine id), and the shared buckets of the
 * auth rate limit.
 */
package dev.orderledger.app.cluster;
