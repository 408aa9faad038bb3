package dev.orderledger.api.intervention;

import java.util.List;

/** One page of the intervention queue. */
public record InterventionPage(int page, int size, List<InterventionDetail> items) {

    public InterventionPage {
        items = List.copyOf(items);
    }
}
