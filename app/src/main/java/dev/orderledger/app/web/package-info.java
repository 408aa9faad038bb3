/**
 * The HTTP conventions every endpoint shares: RFC 9457 problem details for every error (the
 * container's and the firewall's included, every 400 naming the fields at fault), strict request
 * JSON and the text rule for every request string, the Idempotency-Key mechanism, correlation ids in
 * logs and responses, the {@code Actor} parameter, and the OpenAPI description.
 */
package dev.orderledger.app.web;
