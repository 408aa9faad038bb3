package dev.orderledger.saga;

import org.axonframework.deadline.DeadlineManager;

/**
 * A process's deadline for asking a silent partner what happened: at most one is pending at a time,
 * due {@link ProcessSettings#recheckInterval()} after it was asked for. It is part of the saga's
 * state and stored with it; the deadline manager comes in with each call.
 */
public final class Recheck {

    private String deadlineName;
    private String scheduleId;

    Recheck() {
        // for the serializer
    }

    public Recheck(String deadlineName) {
        this.deadlineName = deadlineName;
    }

    /** Makes sure the process looks again after the interval (once, however often this is asked). */
    public void later(DeadlineManager deadlines, ProcessSettings settings) {
        if (scheduleId == null) {
            scheduleId = deadlines.schedule(settings.recheckInterval(), deadlineName);
        }
    }

    /** The deadline fired: the next {@link #later} schedules a new one. */
    public void fired() {
        scheduleId = null;
    }

    /** The process knows what it waited for: no more looking. */
    public void stop(DeadlineManager deadlines) {
        if (scheduleId != null) {
            deadlines.cancelSchedule(deadlineName, scheduleId);
            scheduleId = null;
        }
    }
}
