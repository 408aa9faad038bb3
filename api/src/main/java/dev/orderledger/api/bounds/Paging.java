package dev.orderledger.api.bounds;

import dev.orderledger.api.common.InvalidValue;

/**
 * How lists are paged: pages of at most {@value #MAX_SIZE} items, and no deeper than the first
 * {@value #MAX_DEPTH} items of a list (Elasticsearch's result window, and more than anyone reads
 * page by page: narrow the list instead). A page number is at most {@value #MAX_PAGE}.
 */
public final class Paging {

    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_PAGE = MAX_DEPTH - 1;

    private Paging() {
    }

    /** @throws InvalidValue naming {@code page} when this page ends beyond the first {@value #MAX_DEPTH} items */
    public static void requireWithinDepth(int page, int size) {
        if ((long) page * size + size > MAX_DEPTH) {
            throw new InvalidValue("page", "page " + page + " of " + size + " reaches beyond the first " + MAX_DEPTH
                    + " items; narrow the list instead");
        }
    }
}
