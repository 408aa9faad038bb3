package dev.orderledger.saga.partner;

import java.util.List;

/** The partners' settings would leave the ledger unable to reach a partner or to trust its callbacks. */
public class PartnersMisconfigured extends IllegalStateException {

    private final List<String> problems;

    public PartnersMisconfigured(List<String> problems) {
        super("The ledger's partners are misconfigured: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
