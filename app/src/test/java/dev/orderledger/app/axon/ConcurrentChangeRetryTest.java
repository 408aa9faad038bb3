package dev.orderledger.app.axon;

import dev.orderledger.api.common.StateConflict;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentChangeRetryTest {

    private final ConcurrentChangeRetry retry = new ConcurrentChangeRetry(3, Duration.ofMillis(5));
    private final CommandMessage<?> command = GenericCommandMessage.asCommandMessage("a command");

    @AfterEach
    void stop() {
        retry.destroy();
    }

    @Test
    void aCommandThatLostARaceOnItsAggregateIsSentAgainUpToTheRetriesThenItsFailureIsTheCallers() throws Exception {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            failures.add(failureOf(ConcurrencyException.class));
            CountDownLatch sent = new CountDownLatch(1);
            assertThat(retry.scheduleRetry(command, new ConcurrencyException("appended first by another node"), failures,
                    sent::countDown)).as("retry %d", attempt).isTrue();
            assertThat(sent.await(5, TimeUnit.SECONDS)).as("sent again, retry %d", attempt).isTrue();
        }
        failures.add(failureOf(ConcurrencyException.class));
        assertThat(retry.scheduleRetry(command, new ConcurrencyException("lost a fourth time"), failures, () -> { }))
                .isFalse();
    }

    @Test
    void aRefusalOrAnAggregateThatExistsAlreadyIsNeverSentAgain() {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        failures.add(failureOf(StateConflict.class));
        assertThat(retry.scheduleRetry(command, new StateConflict("PAID", "paid already"), failures, () -> { })).isFalse();
        assertThat(retry.scheduleRetry(command, new AggregateStreamCreationException("exists"), failures, () -> { })).isFalse();
        assertThat(retry.scheduleRetry(command, new IllegalStateException("a fault"), failures, () -> { })).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable>[] failureOf(Class<? extends Throwable> type) {
        return new Class[]{type};
    }
}
