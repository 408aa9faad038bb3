package dev.orderledger.api.operations;

/** Asks where every projection stands, answered with {@link ProjectionsOverview}. */
public record FindProjectionsQuery() {
}
