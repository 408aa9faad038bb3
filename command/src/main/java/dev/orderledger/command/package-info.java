/**
 * The write side: event-sourced aggregates, one package each, with the REST endpoints that turn
 * HTTP requests into their commands. Nothing here reads a projection.
 */
package dev.orderledger.command;
