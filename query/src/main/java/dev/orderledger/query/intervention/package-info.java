/** Intervention queries, for admins: the queue filtered by status and process, and one intervention. */
package dev.orderledger.query.intervention;
