/**
 * Who may use the ledger: registration with a password policy, password and SMS-code login, JWT
 * issuing and checking, roles, the first admin, rate limits on the doors that anyone can knock on,
 * and the ledger's own signed requests to its simulated partners (the only other way into them).
 */
package dev.orderledger.app.identity;
