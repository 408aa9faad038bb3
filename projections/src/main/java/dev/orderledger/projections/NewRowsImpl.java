package dev.orderledger.projections;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link NewRows} for every repository that declares it (a Spring Data fragment, found by its name). */
class NewRowsImpl<T> implements NewRows<T> {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public <S extends T> S insert(S row) {
        entityManager.persist(row);
        return row;
    }
}
