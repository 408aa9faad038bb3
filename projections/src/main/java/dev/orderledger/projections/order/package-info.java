/** The order detail view: one row per order with its lines, status and times. */
package dev.orderledger.projections.order;
