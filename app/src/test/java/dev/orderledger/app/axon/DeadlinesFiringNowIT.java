package dev.orderledger.app.axon;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process cancelling its recheck while db-scheduler is executing that very deadline: the
 * cancellation is dropped instead of failing the process's step at commit.
 */
class DeadlinesFiringNowIT extends LedgerIntegrationTest {

    @Autowired
    DeadlineManager deadlines;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cancellingADeadlineThatIsFiringDoesNotFailTheStep() {
        String scheduleId = deadlines.schedule(Instant.now().plus(Duration.ofHours(1)), "firing-test", null,
                new SagaScopeDescriptor("FiringTestSaga", "saga-1"));
        picked(scheduleId, true);

        DefaultUnitOfWork.startAndGet(null).execute(() -> deadlines.cancelSchedule("firing-test", scheduleId));
        deadlines.cancelSchedule("firing-test", scheduleId);
        assertThat(scheduled(scheduleId)).as("left to its handler").isEqualTo(1);

        picked(scheduleId, false);
        DefaultUnitOfWork.startAndGet(null).execute(() -> deadlines.cancelSchedule("firing-test", scheduleId));
        assertThat(scheduled(scheduleId)).as("cancelled once it is not firing").isZero();
        deadlines.cancelSchedule("firing-test", scheduleId);
    }

    private void picked(String scheduleId, boolean picked) {
        assertThat(jdbc.update("UPDATE scheduled_tasks SET picked = ?, picked_by = ? WHERE task_instance = ?",
                picked, picked ? "another-node" : null, scheduleId)).isEqualTo(1);
    }

    private int scheduled(String scheduleId) {
        return jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class, scheduleId);
    }
}
