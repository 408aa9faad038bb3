package dev.orderledger.console.finance;

import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.finance.ReconcileQuery;
import dev.orderledger.api.finance.ReconciliationSummary;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance runs one reconciliation at a time; asked for a second while one runs, the page says so (409)
 * rather than the API's problem in JSON. The query goes through Axon's own query bus to a handler that
 * refuses as the finance module's does.
 */
class ReconciliationPagesTest {

    @Test
    void aReconciliationAskedForWhileOneRunsIsRefusedOnThePage() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new Object() {
            @QueryHandler
            ReconciliationSummary reconcile(ReconcileQuery query) {
                throw new StateConflict("RECONCILIATION_RUNNING", "a replay is running; ask again when it is done");
            }
        }).subscribe(bus);
        ReconciliationPages pages = new ReconciliationPages(DefaultQueryGateway.builder().queryBus(bus).build());
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = pages.run(model, response);

        assertThat(view).isEqualTo("console/reconciliation");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("refused")).isEqualTo(ReconciliationPages.RUNNING);
        assertThat(model.containsAttribute("report")).isFalse();
    }
}
