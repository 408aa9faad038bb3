package dev.orderledger.projections.order;

import jakarta.persistence.EntityManager;

/** {@link NewRows} with JPA's persist: an insert at the unit of work's flush. */
class NewRowsImpl<T> implements NewRows<T> {

    private final EntityManager entityManager;

    NewRowsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void insert(T row) {
        entityManager.persist(row);
    }
}
