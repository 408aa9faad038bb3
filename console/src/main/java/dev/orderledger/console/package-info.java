/**
 * The operations and finance console (issue 16, ADR 0029): pages at {@code /console}, rendered on the server with
 * Thymeleaf and made live with htmx, over the message contract only (the queries and commands of {@code api}), so
 * that what each role sees and may do is what the API lets it. Signing in and the console's security are the
 * assembly's ({@code app.identity}).
 */
package dev.orderledger.console;
