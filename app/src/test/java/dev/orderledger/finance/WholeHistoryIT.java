package dev.orderledger.finance;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after every other integration test of the run ({@code junit-platform.properties} orders the
 * classes) and reconciles the whole event store they share: every flow they played, failures,
 * restarts and partner misbehaviour included (presale, wallet and coin payments, successes after
 * cancellation, amount mismatches, rejected and failed refunds, coupon rollbacks...), must leave
 * books that balance and agree with payments, refunds, stock and coupons.
 */
@Order(Integer.MAX_VALUE)
class WholeHistoryIT extends LedgerIntegrationTest {

    @Autowired
    LedgerReconciliation reconciliation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everythingTheRunDidReconciles() {
        long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);

        ReconciliationReport report = reconciliation.reconcile(new ReplayScope(ReplayScope.EVENT_TABLE, head, null));

        assertThat(report.discrepancies()).as(report.summary()).isEmpty();
        System.out.print(report.summary());
    }
}
