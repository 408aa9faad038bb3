package dev.orderledger.api.account;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JournalEntryKindTest {

    @Test
    void anEntryIdIsTheKindsCodeAColonAndItsCause() {
        assertThat(JournalEntryKind.PAY_IN.of("po-1").value()).isEqualTo("pay-in:po-1");
        assertThat(JournalEntryKind.SETTLE.of(1796503312000039000L).value()).isEqualTo("settle:1796503312000039000");
        assertThat(JournalEntryKind.RETURN_OUT.of("po-1", "order-7").value()).isEqualTo("return-out:po-1:order-7");
    }

    @Test
    void everyKindReadsBackItsOwnIdsAndNoOtherKinds() {
        for (JournalEntryKind kind : JournalEntryKind.values()) {
            TransferId id = kind.of("po-1", "late");

            assertThat(JournalEntryKind.kindOf(id)).as(id.value()).contains(kind);
            assertThat(kind.causeOf(id)).contains("po-1:late");
            Arrays.stream(JournalEntryKind.values()).filter(other -> other != kind)
                    .forEach(other -> assertThat(other.causeOf(id)).as(other + " of " + id).isEmpty());
        }
    }

    @Test
    void aKindWhoseCodeStartsAnotherKindsCodeIsNotConfusedWithIt() {
        assertThat(JournalEntryKind.kindOf(TransferId.of("return-out:po-1:r"))).contains(JournalEntryKind.RETURN_OUT);
        assertThat(JournalEntryKind.kindOf(TransferId.of("return:po-1:r"))).contains(JournalEntryKind.RETURN);
        assertThat(JournalEntryKind.PAY.causeOf(TransferId.of("pay-in:po-1"))).isEmpty();
    }

    @Test
    void anIdTheProcessesNeverBuildHasNoKind() {
        assertThat(JournalEntryKind.kindOf(TransferId.of("manual-correction-17"))).isEqualTo(Optional.empty());
        assertThat(JournalEntryKind.kindOf(TransferId.of("bonus:2026-12"))).isEmpty();
        assertThat(JournalEntryKind.kindOf(TransferId.of("settle:"))).as("no cause").isEmpty();
    }
}
