package dev.orderledger.query.order;

import dev.orderledger.api.common.InvalidValue;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacementPeriodTest {

    @Test
    void aDayIsItsStartInUtcAndAnInstantIsItself() {
        PlacementPeriod period = PlacementPeriod.of("2026-03-01", "2026-03-02T08:30:00Z");

        assertThat(period.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(period.until()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
    }

    @Test
    void eitherEndMayBeOpen() {
        assertThat(PlacementPeriod.of(null, " ")).isEqualTo(new PlacementPeriod(null, null));
        assertThat(PlacementPeriod.of("2026-03-01", null).until()).isNull();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingFrom() {
        assertThatThrownBy(() -> PlacementPeriod.of("2026-03-02", "2026-03-01"))
                .isInstanceOf(InvalidValue.class).satisfies(refused -> assertThat(((InvalidValue) refused).field()).isEqualTo("from"));
        assertThatThrownBy(() -> PlacementPeriod.of("2026-03-01", "2026-03-01")).as("an empty period")
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void neitherADayNorAnInstantIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> PlacementPeriod.of(null, "yesterday"))
                .isInstanceOf(InvalidValue.class).satisfies(refused -> assertThat(((InvalidValue) refused).field()).isEqualTo("to"));
        assertThatThrownBy(() -> PlacementPeriod.of("2026-02-30", null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aDayOutsideTheSupportedCalendarIsRefused() {
        assertThatThrownBy(() -> PlacementPeriod.of("1969-12-31", null)).isInstanceOf(InvalidValue.class);
    }
}
