/**
 * The read side's API: query handlers over the projections' read models, and the REST endpoints
 * that ask them. Another user's resource is answered as absent (404), never with its data.
 */
package dev.orderledger.query;
