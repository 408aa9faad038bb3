package dev.orderledger.projections.order;

/**
 * A repository fragment for the order views' handlers, which know when a row is new: they looked it
 * up by primary key first (a lookup that, unlike Spring Data's {@code existsById} count query, does
 * not flush the batch's pending writes). Spring Data's {@code save} would merge an entity whose id is
 * set, reading the row again before inserting it.
 */
public interface NewRows<T> {

    /** Stores this row, which the caller knows is new, at the unit of work's flush. */
    void insert(T row);
}
