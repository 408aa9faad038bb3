/**
 * Who may use the ledger: registration with a password policy, password and SMS-code login (codes go
 * out through notifications' SMS sender), JWT issuing and checking, roles, the first admin, rate limits
 * on the doors that anyone can knock on, the ledger's own signed requests to its simulated partners
 * (the only other way into them), and the phone numbers notifications ask for.
 */
package dev.orderledger.app.identity;
