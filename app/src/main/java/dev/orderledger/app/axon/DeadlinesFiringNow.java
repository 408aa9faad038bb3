package dev.orderledger.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * The deadline manager the ledger's aggregates and processes use: Axon's db-scheduler one, except
 * that cancelling a deadline which is firing at that very moment is not an error. A process that
 * learns what it waited for cancels its recheck; db-scheduler refuses to cancel a task that is
 * executing, and Axon let that refusal fail the whole step at commit, so the process's batch was
 * retried after a pause and could end up parked. A deadline that is already firing needs no
 * cancelling: its handler finds the process in the state this step leaves it in.
 */
final class DeadlinesFiringNow implements DeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(DeadlinesFiringNow.class);

    private final DeadlineManager delegate;
    private final Scheduler scheduler;

    DeadlinesFiringNow(DeadlineManager delegate, Scheduler scheduler) {
        this.delegate = delegate;
        this.scheduler = scheduler;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        return delegate.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
    }

    /** Like Axon's, at the commit of the current unit of work (or now), but tolerant of a deadline that is firing. */
    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        Runnable cancel = () -> {
            try {
                scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
            } catch (TaskInstanceNotFoundException alreadyGone) {
                log.debug("Deadline {} ({}) had already fired or been cancelled", deadlineName, scheduleId);
            } catch (TaskInstanceCurrentlyExecutingException firing) {
                log.debug("Deadline {} ({}) is firing; left to its handler", deadlineName, scheduleId);
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> cancel.run());
        } else {
            cancel.run();
        }
    }

    @Override
    public void cancelAll(String deadlineName) {
        delegate.cancelAll(deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        delegate.cancelAllWithinScope(deadlineName, scope);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super DeadlineMessage<?>> interceptor) {
        return delegate.registerHandlerInterceptor(interceptor);
    }
}
