package dev.orderledger.projections.risk;

import dev.orderledger.api.risk.BlockedUsers;
import dev.orderledger.api.security.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user who was ever blocked: blocked now or not, and their latest block or unblock (by whom, why, when). */
@Entity
@Table(name = "user_standing_view")
public class UserStandingView {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "blocked", nullable = false)
    private boolean blocked;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "reason", nullable = false)
    private String reason;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    /** The sequence of the standing's last event applied: an older one delivered again changes nothing. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected UserStandingView() {
    }

    UserStandingView(String userId) {
        this.userId = userId;
        this.lastSequence = -1;
    }

    /** Applies a block or an unblock unless a later change of the standing was applied already. */
    UserStandingView changed(boolean blocked, UserId by, String reason, Instant at, long sequence) {
        if (sequence <= lastSequence) {
            return this;
        }
        this.blocked = blocked;
        this.changedBy = by.value();
        this.reason = reason;
        this.changedAt = at;
        this.lastSequence = sequence;
        return this;
    }

    public BlockedUsers.Blocked toBlocked() {
        return new BlockedUsers.Blocked(UserId.of(userId), UserId.of(changedBy), reason, changedAt);
    }
}
