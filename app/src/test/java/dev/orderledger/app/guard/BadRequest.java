package dev.orderledger.app.guard;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated malformed request: the operation it aims at, the generator class that spoiled it and
 * what it spoiled, the request itself (target already encoded, headers, body), whether the ledger
 * must refuse it (an answer 2xx is then a finding; otherwise any 4xx or 2xx may be right), and
 * whether it goes over a plain socket (what the container itself must turn away: bad encodings,
 * oversized or broken headers).
 */
record BadRequest(String operation, String generator, String what, String method, String target,
                  Map<String, String> headers, byte[] body, String contentType, boolean mustRefuse, boolean rawSocket) {

    /** Everything the caller put in the request, to tell an echo of the caller's own input from a leak. */
    String sentText() {
        return target + " " + headers + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    BadRequest overRawSocket() {
        return new BadRequest(operation, generator, what, method, target, headers, body, contentType, mustRefuse, true);
    }

    BadRequest withTarget(String other) {
        return new BadRequest(operation, generator, what, method, other, headers, body, contentType, mustRefuse, rawSocket);
    }
}
