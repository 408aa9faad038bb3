/**
 * The Spring Boot application that assembles the modules: runtime defaults, Axon wiring, the web
 * conventions every endpoint shares (problem details, idempotency keys, correlation ids), identity
 * and security, and observability.
 */
package dev.orderledger.app;
