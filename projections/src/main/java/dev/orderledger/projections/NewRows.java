package dev.orderledger.projections;

/**
 * Adds rows a projection knows to be new. {@code save} would first read the row to decide between an
 * insert and an update; a projection has just looked the row up by its key ({@code findById}, which
 * also sees rows added earlier in the same batch), so it inserts at once, and the batch's inserts go
 * to PostgreSQL together when it commits.
 *
 * @param <T> the row
 */
public interface NewRows<T> {

    /** Adds the row; inserted when the batch is flushed (a row with the same key then fails the batch). */
    <S extends T> S insert(S row);
}
