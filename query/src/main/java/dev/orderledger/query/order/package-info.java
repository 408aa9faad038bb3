/**
 * Order queries: one order's detail for its buyer, its seller or an admin, a buyer's and a seller's
 * lists filtered by status, and the admins' search by order, buyer, seller, status and placement
 * time; lists are newest placed first and paged.
 */
package dev.orderledger.query.order;
