/** The review queue's query and API and who is blocked now, over the views {@code projections.risk} writes. */
package dev.orderledger.query.risk;
