package dev.orderledger.projections.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which snapshot an item is at now: the content a price change starts from. */
@Entity
@Table(name = "order_item_snapshot_source")
class ItemSnapshotSource {

    @Id
    @Column(name = "product_id")
    private String productId;
    @Column(name = "snapshot_id", nullable = false)
    private String snapshotId;
    /** The aggregate sequence number of the last event applied: replays and redeliveries stop here. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected ItemSnapshotSource() {
        // for JPA
    }

    ItemSnapshotSource(String productId, String snapshotId, long sequence) {
        this.productId = productId;
        this.snapshotId = snapshotId;
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    String snapshotId() {
        return snapshotId;
    }

    void movedTo(String newSnapshotId, long sequence) {
        this.snapshotId = newSnapshotId;
        this.lastSequence = sequence;
    }
}
