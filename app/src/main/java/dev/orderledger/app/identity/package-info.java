/**
 * Who may use the ledger: registration with a password policy, password and SMS-code login, JWT
 * issuing and checking, roles, the first admin, and rate limits on the doors that anyone can knock on.
 */
package dev.orderledger.app.identity;
