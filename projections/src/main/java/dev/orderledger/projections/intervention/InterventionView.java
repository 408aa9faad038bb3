package dev.orderledger.projections.intervention;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionDetail;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One intervention of the queue as admins see it. */
@Entity
@Table(name = "intervention_view")
public class InterventionView {

    @Id
    @Column(name = "id")
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "process", nullable = false)
    private InterventionProcess process;
    @Column(name = "reference", nullable = false)
    private String reference;
    @Column(name = "reason")
    private String reason;
    @Column(name = "detail")
    private String detail;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private InterventionStatus status;
    /** When the process last raised it: the queue shows the latest first. */
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "times_raised", nullable = false)
    private int timesRaised;
    @Column(name = "retries", nullable = false)
    private int retries;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "note")
    private String note;
    /** The aggregate sequence number of the last event applied: replays and redeliveries stop here. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected InterventionView() {
        // for JPA
    }

    InterventionView(String id, InterventionProcess process, String reference, String reason, String detail,
                     Instant raisedAt, long sequence) {
        this.id = id;
        this.process = process;
        this.reference = reference;
        raised(reason, detail, raisedAt, sequence);
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    /** Raised again: open with this reason; a past resolution no longer applies. */
    void raised(String reason, String detail, Instant at, long sequence) {
        this.reason = reason;
        this.detail = detail;
        this.status = InterventionStatus.OPEN;
        this.raisedAt = at;
        this.timesRaised++;
        this.resolvedBy = null;
        this.note = null;
        touched(at, sequence);
    }

    void retryRequested(Instant at, long sequence) {
        this.status = InterventionStatus.RETRY_REQUESTED;
        this.retries++;
        touched(at, sequence);
    }

    void resolved(String resolvedBy, String note, Instant at, long sequence) {
        this.status = InterventionStatus.RESOLVED;
        this.resolvedBy = resolvedBy;
        this.note = note;
        touched(at, sequence);
    }

    private void touched(Instant at, long sequence) {
        this.updatedAt = at;
        this.lastSequence = sequence;
    }

    public InterventionDetail toDetail() {
        return new InterventionDetail(InterventionId.of(id), process, reference, reason, detail, status, raisedAt, updatedAt,
                timesRaised, retries, resolvedBy == null ? null : UserId.of(resolvedBy), note);
    }
}
