package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes of each item's current snapshot. */
interface ItemSnapshotSourceRepository extends JpaRepository<ItemSnapshotSource, String>, NewRows<ItemSnapshotSource> {
}
