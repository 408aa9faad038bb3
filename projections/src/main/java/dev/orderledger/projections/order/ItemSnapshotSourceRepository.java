package dev.orderledger.projections.order;

import dev.orderledger.projections.NewRows;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes of each item's current snapshot. */
interface ItemSnapshotSourceRepository extends JpaRepository<ItemSnapshotSource, String>, NewRows<ItemSnapshotSource> {
}
