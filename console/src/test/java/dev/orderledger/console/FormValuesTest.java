package dev.orderledger.console;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTest {

    @Test
    void anInstantReadsAsTheReportsPrintItOrAsABrowsersDateTimeFieldSendsItInUtc() {
        assertThat(FormValues.instant(" 2026-03-01T14:30:00Z ")).isEqualTo(Instant.parse("2026-03-01T14:30:00Z"));
        assertThat(FormValues.instant("2026-03-01T14:30")).isEqualTo(Instant.parse("2026-03-01T14:30:00Z"));
        assertThat(FormValues.instant("yesterday")).isNull();
        assertThat(FormValues.instant("1969-12-31T23:59:59Z")).as("before the ledger's calendar").isNull();
    }

    @Test
    void aDayReadsAsIsoAndItsEndIsTheNextMidnightInUtc() {
        assertThat(FormValues.day("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(FormValues.day("01/03/2026")).isNull();
        assertThat(FormValues.day("1969-12-31")).as("before the ledger's calendar").isNull();
        assertThat(FormValues.endOf(LocalDate.of(2026, 2, 28))).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(FormValues.present("  ")).isFalse();
    }
}
