package dev.orderledger.app.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the ledger takes new placements now: not while the order flow's processing is more than
 * {@code maxBacklog} events behind ({@link ProcessingBacklog}); 0 takes them always. The limit starts
 * at {@code ledger.api.admission.max-backlog} and an admin can change it while the ledger runs, for
 * this instance until it restarts (it is a setting, not ledger state).
 */
@Component
public class Admission {

    private static final Logger log = LoggerFactory.getLogger(Admission.class);

    private final ProcessingBacklog backlog;
    private volatile long maxBacklog;

    Admission(ProcessingBacklog backlog, @Value("${ledger.api.admission.max-backlog:600}") long maxBacklog) {
        this.backlog = backlog;
        this.maxBacklog = Math.max(0, maxBacklog);
    }

    /** Whether a new placement is refused now. */
    public boolean refuses() {
        long limit = maxBacklog;
        return limit > 0 && sheds(limit, backlog.events());
    }

    public AdmissionStatus status() {
        long limit = maxBacklog;
        long behind = backlog.events();
        return new AdmissionStatus(limit, behind, limit > 0 && sheds(limit, behind));
    }

    private static boolean sheds(long limit, long behind) {
        return behind > limit;
    }

    AdmissionStatus limit(long newMaxBacklog, String by) {
        log.info("New placements are refused past a backlog of {} events (was {}), set by {}", newMaxBacklog, maxBacklog, by);
        maxBacklog = newMaxBacklog;
        return status();
    }
}
