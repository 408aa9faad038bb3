/**
 * The HTTP conventions every endpoint shares: RFC 9457 problem details for every error, the
 * Idempotency-Key mechanism, correlation ids in logs and responses, the {@code Actor} parameter,
 * and the OpenAPI description.
 */
package dev.orderledger.app.web;
