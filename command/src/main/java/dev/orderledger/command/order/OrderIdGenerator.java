package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands out the 19-digit order ids of DOMAIN.md:
 * {@code epoch_seconds * 10^9 + machine_id * 10^6 + (user_id % 1000) * 10^3 + seq}. The sequence
 * counts per user slot within a second; when a slot has used all 1000 in a second, the caller waits
 * for the next second. A clock that goes backwards stops the generator rather than risk a repeat.
 */
@Component
public class OrderIdGenerator {

    private static final int SLOTS = 1000;
    private static final int SEQUENCES = 1000;

    private final Clock clock;
    private final int machineId;
    private final int[] nextSequence = new int[SLOTS];
    private long currentSecond = -1;

    public OrderIdGenerator(Clock clock, @Value("${ledger.order-id.machine-id:0}") int machineId) {
        if (machineId < 0 || machineId > 999) {
            throw new IllegalArgumentException("ledger.order-id.machine-id must be 0..999, was " + machineId);
        }
        this.clock = clock;
        this.machineId = machineId;
    }

    public synchronized OrderId next(UserId userId) {
        int slot = slotOf(userId);
        while (true) {
            long second = clock.millis() / 1000;
            if (second < currentSecond) {
                throw new IllegalStateException("clock went backwards from " + currentSecond + " to " + second
                        + "; refusing to hand out order ids");
            }
            if (second > currentSecond) {
                currentSecond = second;
                java.util.Arrays.fill(nextSequence, 0);
            }
            if (nextSequence[slot] < SEQUENCES) {
                int sequence = nextSequence[slot]++;
                long id = second * 1_000_000_000L + machineId * 1_000_000L + slot * 1_000L + sequence;
                return new OrderId(String.format("%019d", id));
            }
            LockSupport.parkNanos(1_000_000L);
        }
    }

    /**
     * Whether the id lies in the user's slot (its digits 14 to 16), as every id handed to that user
     * does: a buyer places only with ids of their own slot, so nobody takes the ids handed to others.
     */
    public boolean isInSlotOf(OrderId orderId, UserId userId) {
        return Integer.parseInt(orderId.value().substring(13, 16)) == slotOf(userId);
    }

    private static int slotOf(UserId user) {
        String userId = user.value();
        if (userId.chars().allMatch(Character::isDigit) && !userId.isEmpty() && userId.length() < 19) {
            return (int) (Long.parseLong(userId) % SLOTS);
        }
        return Math.floorMod(userId.hashCode(), SLOTS);
    }
}
