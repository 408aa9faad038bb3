/**
 * Finance's pages in the console, for finance and admins: the reconciliation, the gateway statement's upload and
 * match, a day's settlement and money flow, and an account at an instant. They ask finance the queries of
 * {@code api.finance}, and read their forms' fields with {@link dev.orderledger.console.finance.FormValues}.
 */
package dev.orderledger.console.finance;
