/**
 * Finance's own view of the books: the history is replayed from the event store (read directly
 * with JDBC, never from the read models) into independent folds ({@link dev.orderledger.finance.ReplayedHistory}),
 * which are then reconciled: every transfer has two equal sides, every account's balance is the
 * sum of its postings, money is neither created nor destroyed, paid pay orders' journal entries
 * equal their amounts, refunds stay within what each order line sold and was paid, stock levels
 * add up to what was received, a coupon is held by one order at a time, and the account balance
 * read model shows the replayed balances. The report names every discrepancy and is
 * deterministic; finance and admins get it over HTTP or from the command line. The same journal,
 * read for a span of time ({@link dev.orderledger.finance.JournalEntries}), gives a day's
 * settlement and is matched with the payment gateway's daily statement
 * ({@link dev.orderledger.finance.GatewayStatementMatch}): money missing on either side, amounts
 * that differ, money moved twice.
 */
package dev.orderledger.finance;
