package dev.orderledger.app.identity;

import dev.orderledger.api.signature.CallbackRejected;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.app.web.CachedBodyRequest;
import dev.orderledger.app.web.Problems;
import dev.orderledger.saga.partner.PartnerProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * Recognises the ledger's own requests to its simulated partners. A request under
 * {@code /simulator/gateway/} or {@code /simulator/carrier/} that carries the partner signature
 * headers must be signed with that partner's secret over its method, path and body
 * ({@link CallbackSignature#verifyRequest}); then it is the ledger, with the role {@value #ROLE}
 * (no user can hold it), and otherwise it is refused with 401. Unsigned requests go on to the
 * bearer-token rules.
 */
class SignedPartnerRequestFilter extends OncePerRequestFilter {

    /** The role of a request the ledger signed; never in a user's token (roles are {@code Role} values). */
    static final String ROLE = "LEDGER";
    private static final int MAX_BODY = 64 * 1024;

    private final Map<String, CallbackSignature> signatures;
    private final Clock clock;
    private final Problems problems;

    /** Built by the security chain, not a bean: a filter bean would also run in the servlet chain. */
    SignedPartnerRequestFilter(PartnerProperties partners, Clock clock, Problems problems) {
        this.signatures = Map.of(
                "/simulator/gateway/", new CallbackSignature(partners.gateway().secret(), partners.callbackTolerance()),
                "/simulator/carrier/", new CallbackSignature(partners.carrier().secret(), partners.callbackTolerance()));
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(CallbackSignature.SIGNATURE_HEADER) == null || signature(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "a signed request to a simulated partner is limited to 64 KiB"));
            return;
        }
        try {
            signature(request).verifyRequest(request.getMethod(), request.getRequestURI(), body,
                    request.getHeader(CallbackSignature.TIMESTAMP_HEADER),
                    request.getHeader(CallbackSignature.SIGNATURE_HEADER), clock.instant());
        } catch (CallbackRejected rejected) {
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid-signature", rejected.getMessage()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ledger", null,
                AuthorityUtils.createAuthorityList("ROLE_" + ROLE)));
        SecurityContextHolder.setContext(context);
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private CallbackSignature signature(HttpServletRequest request) {
        String path = request.getRequestURI();
        return signatures.entrySet().stream().filter(partner -> path.startsWith(partner.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
