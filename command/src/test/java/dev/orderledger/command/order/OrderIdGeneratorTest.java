package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderIdGeneratorTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00.250Z");

    @Test
    void theIdIsSecondsMachineUserSlotAndSequence() {
        OrderIdGenerator generator = new OrderIdGenerator(new SettableClock(NOW), 7);

        OrderId first = generator.next(UserId.of("10000123"));
        OrderId second = generator.next(UserId.of("10000123"));

        assertThat(first.value()).hasSize(19).isEqualTo(NOW.getEpochSecond() + "007" + "123" + "000");
        assertThat(second.value()).isEqualTo(NOW.getEpochSecond() + "007" + "123" + "001");
    }

    @Test
    void anIdIsInTheSlotOfTheUserItWasHandedTo() {
        OrderIdGenerator generator = new OrderIdGenerator(new SettableClock(NOW), 7);

        OrderId handed = generator.next(UserId.of("10000123"));

        assertThat(generator.isInSlotOf(handed, UserId.of("10000123"))).isTrue();
        assertThat(generator.isInSlotOf(handed, UserId.of("20000123"))).as("another user of the same slot").isTrue();
        assertThat(generator.isInSlotOf(handed, UserId.of("10000124"))).isFalse();
    }

    @Test
    void theSequenceStartsAgainEachSecond() {
        SettableClock clock = new SettableClock(NOW);
        OrderIdGenerator generator = new OrderIdGenerator(clock, 0);
        generator.next(UserId.of("5"));
        generator.next(UserId.of("5"));

        clock.now = NOW.plusSeconds(1);

        assertThat(generator.next(UserId.of("5")).value()).endsWith("005000");
    }

    @Test
    void aFullSecondWaitsForTheNextOne() {
        SettableClock clock = new SettableClock(NOW);
        clock.advanceAfterReads = 1000;
        OrderIdGenerator generator = new OrderIdGenerator(clock, 0);
        Set<OrderId> ids = new HashSet<>();

        for (int i = 0; i < 1500; i++) {
            ids.add(generator.next(UserId.of("42")));
        }

        assertThat(ids).hasSize(1500);
        assertThat(ids).allSatisfy(id -> assertThat(id.value()).hasSize(19));
    }

    @Test
    void aClockThatGoesBackwardsStopsTheGenerator() {
        SettableClock clock = new SettableClock(NOW);
        OrderIdGenerator generator = new OrderIdGenerator(clock, 0);
        generator.next(UserId.of("1"));

        clock.now = NOW.minusSeconds(5);

        assertThatThrownBy(() -> generator.next(UserId.of("1"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clock went backwards");
    }

    @Test
    void machineIdsAreThreeDigits() {
        assertThatThrownBy(() -> new OrderIdGenerator(new SettableClock(NOW), 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test sets; optionally moves one second on after a number of reads. */
    static final class SettableClock extends Clock {

        Instant now;
        int advanceAfterReads = Integer.MAX_VALUE;
        private int reads;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public long millis() {
            if (++reads > advanceAfterReads) {
                now = now.plusSeconds(1);
                reads = 0;
            }
            return now.toEpochMilli();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
