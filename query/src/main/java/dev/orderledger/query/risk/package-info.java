/** The review queue's query and API, over the view {@code projections.risk} writes. */
package dev.orderledger.query.risk;
