/**
 * The Intervention aggregate (the manual intervention queue: raised by a stuck process, retried
 * or resolved by an admin) and the admin endpoints that retry and resolve.
 */
package dev.orderledger.command.intervention;
