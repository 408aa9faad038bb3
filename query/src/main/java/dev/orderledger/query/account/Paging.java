package dev.orderledger.query.account;

/** The bounds of the account endpoints' paging parameters. */
final class Paging {

    static final long MAX_PAGE = 10_000;
    static final long MAX_SIZE = 100;

    private Paging() {
    }
}
