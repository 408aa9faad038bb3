package dev.orderledger.app.runtime;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An embedded server stops at the JVM's exit only once the application contexts using it have closed. */
class ServerUsersTest {

    private final List<String> stops = new CopyOnWriteArrayList<>();

    @Test
    void atTheExitTheLastContextToLetGoStopsTheServerOnItsWayOut() throws InterruptedException {
        ServerUsers users = new ServerUsers("postgres", () -> stops.add(Thread.currentThread().getName()), Duration.ofMinutes(1));
        users.enter();
        users.enter();

        Thread exit = new Thread(users::exit, "shutdown-hook");
        exit.start();
        await().atMost(Duration.ofSeconds(10)).until(users::exiting);
        users.leave();
        assertThat(stops).as("one context still uses it").isEmpty();
        assertThat(exit.isAlive()).isTrue();
        users.leave();

        assertThat(stops).as("stopped once, by the context that let go last").containsExactly(Thread.currentThread().getName());
        exit.join();
        assertThat(stops).hasSize(1);
    }

    @Test
    void contextsClosingWhileTheJvmRunsLeaveTheServerRunning() {
        ServerUsers users = new ServerUsers("postgres", () -> stops.add("stopped"), Duration.ofMinutes(1));
        users.enter();
        users.leave();
        users.enter();
        users.leave();

        assertThat(stops).as("a later context may use it again").isEmpty();
        users.exit();
        assertThat(stops).as("nobody uses it at the exit: stopped at once").containsExactly("stopped");
    }

    @Test
    void aContextThatNeverClosesHoldsTheServerOnlyForTheLongestWait() {
        ServerUsers users = new ServerUsers("elasticsearch", () -> stops.add("stopped"), Duration.ofMillis(200));
        users.enter();

        users.exit();

        assertThat(stops).containsExactly("stopped");
    }
}
