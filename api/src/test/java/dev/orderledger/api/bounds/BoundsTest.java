package dev.orderledger.api.bounds;

import dev.orderledger.api.common.InvalidValue;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundsTest {

    @Property
    void aPageWithinTheFirstTenThousandItemsIsAllowed(@ForAll @IntRange(min = 1, max = Paging.MAX_SIZE) int size) {
        int lastPage = Paging.MAX_DEPTH / size - 1;

        Paging.requireWithinDepth(lastPage, size);
        assertThatThrownBy(() -> Paging.requireWithinDepth(lastPage + 1, size))
                .isInstanceOf(InvalidValue.class)
                .extracting(refusal -> ((InvalidValue) refusal).field()).isEqualTo("page");
    }

    @Example
    void theLargestPageNumberDoesNotOverflow() {
        assertThatThrownBy(() -> Paging.requireWithinDepth(Integer.MAX_VALUE, Paging.MAX_SIZE)).isInstanceOf(InvalidValue.class);
    }

    @Example
    void theCalendarRunsFrom1970To9999() {
        assertThat(SupportedTime.contains(LocalDate.of(1970, 1, 1))).isTrue();
        assertThat(SupportedTime.contains(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(SupportedTime.contains(LocalDate.of(1969, 12, 31))).isFalse();
        assertThat(SupportedTime.contains(LocalDate.MAX)).isFalse();
        assertThat(SupportedTime.contains(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isTrue();
        assertThat(SupportedTime.contains(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThat(SupportedTime.contains(Instant.MIN)).isFalse();
    }

    @Example
    void anInstantOutsideTheCalendarIsRefusedByName() {
        assertThatThrownBy(() -> SupportedTime.require("until", Instant.MAX))
                .isInstanceOf(InvalidValue.class)
                .extracting(refusal -> ((InvalidValue) refusal).field()).isEqualTo("until");
        assertThat(SupportedTime.require("until", null)).isNull();
    }
}
