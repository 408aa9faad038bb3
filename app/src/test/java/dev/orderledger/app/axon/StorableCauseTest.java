package dev.orderledger.app.axon;

import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class StorableCauseTest {

    @Test
    void aCauseWithNulAndTooLongForTheTableIsCleanedAndCut() {
        ThrowableCause cause = StorableCause.of(new IllegalStateException("Illegal value [a\u0000b] " + "x".repeat(5_000)));

        assertThat(cause.type()).isEqualTo(IllegalStateException.class.getName());
        assertThat(cause.message()).startsWith("Illegal value [a\ufffdb] ").hasSize(ThrowableCause.TRUNCATED_MESSAGE_SIZE)
                .doesNotContain("\u0000");
    }

    @Test
    void aWrappedCauseNamesItsRootToo() {
        Exception wrapped = new IllegalStateException("Failed to check the number of dead letters in sequence [p-1]",
                new SQLException("ERROR: current transaction is aborted"));

        assertThat(StorableCause.of(wrapped).message()).isEqualTo("Failed to check the number of dead letters in sequence "
                + "[p-1] <- SQLException: ERROR: current transaction is aborted");
        assertThat(StorableCause.message(new IllegalStateException("x", new IllegalStateException("x")))).isEqualTo("x");
    }

    @Test
    void aFailedJdbcBatchNamesPostgresReasonEvenAfterALongStatement() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into order_view values (" + "'x', ".repeat(400)
                + ") was aborted. Call getNextException to see other errors in the batch.", new int[0]);
        batch.setNextException(new SQLException("ERROR: order view row poisoned for the test"));
        Exception failed = new IllegalStateException("could not execute batch", batch);

        ThrowableCause cause = StorableCause.of(failed);

        assertThat(cause.message()).startsWith("could not execute batch")
                .endsWith(" <- SQLException: ERROR: order view row poisoned for the test")
                .hasSizeLessThanOrEqualTo(ThrowableCause.TRUNCATED_MESSAGE_SIZE);
    }
}
