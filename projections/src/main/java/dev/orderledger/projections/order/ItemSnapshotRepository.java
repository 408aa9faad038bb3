package dev.orderledger.projections.order;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes of the item snapshots that order lines were sold as. */
public interface ItemSnapshotRepository extends JpaRepository<ItemSnapshotView, String>, NewRows<ItemSnapshotView> {
}
