package dev.orderledger.finance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A replay's scope names a table safely and bounds it sensibly. */
class ReplayScopeTest {

    @Test
    void onlyPlainTableNamesAreAccepted() {
        assertThat(ReplayScope.everything().table()).isEqualTo("domainevententry");
        assertThat(new ReplayScope("finance_copy_1", 10L, null).upToGlobalIndex()).isEqualTo(10L);
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplayScope("domainevententry; DROP TABLE x", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplayScope("Public.Events", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplayScope(null, null, null));
    }

    @Test
    void aGlobalIndexBoundIsNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplayScope(ReplayScope.EVENT_TABLE, -1L, null));
    }
}
