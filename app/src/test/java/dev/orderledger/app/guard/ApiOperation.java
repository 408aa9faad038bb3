package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of the OpenAPI document: method, path template, its parameters, and the schema and
 * media type of its request body (null when it takes none) and whether the body is required.
 */
record ApiOperation(String method, String path, List<Param> params, JsonNode bodySchema, String bodyMediaType,
                    boolean bodyRequired) {

    static final String CONSISTENCY_TOKEN = "X-Consistency-Token";

    /** A path, query or header parameter with its (resolved) schema. */
    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /** How findings name the operation: {@code POST /api/orders/{orderId}/refunds}. */
    String id() {
        return method + " " + path;
    }

    List<Param> in(String location) {
        return params.stream().filter(param -> param.in().equals(location)).toList();
    }

    boolean takesJson() {
        return bodySchema != null && bodyMediaType.contains("json");
    }

    boolean takesText() {
        return bodySchema != null && !takesJson();
    }

    /** Reads that wait for a consistency token declare its header. */
    boolean readsWithConsistencyToken() {
        return method.equals("GET") && in("header").stream().anyMatch(param -> param.name().equals(CONSISTENCY_TOKEN));
    }
}
