package dev.orderledger.api.intervention;

import java.time.LocalDate;
import java.util.List;

/** The intervention queue over time: how many interventions were open at the end of each day, in day order. */
public record InterventionQueueHistory(List<Day> days) {

    public InterventionQueueHistory {
        days = List.copyOf(days);
    }

    /** The interventions still open (not resolved) at the end of one UTC day. */
    public record Day(LocalDate day, long open) {
    }
}
