/**
 * The ranges every value a request carries is held to, so that no input reaches arithmetic or a
 * store that cannot take it: the calendar the ledger supports, the amounts a request may move,
 * and how deep a list may be paged. They check requests only; what was stored before is read as it is.
 */
package dev.orderledger.api.bounds;
