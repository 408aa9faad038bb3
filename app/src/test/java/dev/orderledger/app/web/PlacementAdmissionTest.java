package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementAdmissionTest {

    private final AtomicBoolean refuses = new AtomicBoolean();
    private final PlacementAdmission admission = new PlacementAdmission(refuses::get, new Problems(new ObjectMapper()));

    private static MockHttpServletRequest placement() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/orders");
        request.setServletPath("/api/orders");
        return request;
    }

    @Test
    void aPlacementPassesWhileTheLedgerKeepsUp() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        admission.doFilter(placement(), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("handed on").isNotNull();
    }

    @Test
    void aPlacementIsRefusedWith503AndRetryAfterWhileTheLedgerIsBehind() throws Exception {
        refuses.set(true);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        admission.doFilter(placement(), response, chain);

        assertThat(chain.getRequest()).as("not handed on").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("/overloaded").contains("nothing was placed");
    }

    @Test
    void paymentsReadsAndEverythingElseAlwaysPass() throws Exception {
        refuses.set(true);
        for (MockHttpServletRequest request : new MockHttpServletRequest[]{new MockHttpServletRequest("POST", "/api/pay-orders"),
                new MockHttpServletRequest("GET", "/api/orders"), new MockHttpServletRequest("POST", "/api/orders/123/cancellation")}) {
            MockFilterChain chain = new MockFilterChain();

            admission.doFilter(request, new MockHttpServletResponse(), chain);

            assertThat(chain.getRequest()).as(request.getMethod() + " " + request.getRequestURI()).isNotNull();
        }
    }
}
