/** Risk control's process: what follows a user's block (their unpaid orders are cancelled). */
package dev.orderledger.saga.risk;
