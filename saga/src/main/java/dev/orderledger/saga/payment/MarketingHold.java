package dev.orderledger.saga.payment;

import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.saga.Outcome;

import java.time.Instant;

/**
 * The buyer's coins and the platform's voucher a pay order holds in clearing while it is paid (P2),
 * and gives back when it ends without paying. Part of {@link PaymentSaga}'s stored state, unwrapped
 * into its field {@code marketingHeld} (the form sagas in flight were stored in).
 */
final class MarketingHold {

    private boolean marketingHeld;

    /**
     * Takes coins and voucher; both transfers are idempotent, so taking again after a lost answer is safe.
     *
     * @return the coins' transfer: refused, nothing was taken
     */
    Outcome<TransferResult> take(PaymentJournal journal, Funding funding, Instant at) {
        Outcome<TransferResult> coins = journal.coinsIn(funding.coins(), at);
        if (coins.succeeded()) {
            marketingHeld = true;
            journal.voucherIn(funding.voucher(), at);
        }
        return coins;
    }

    /** Whatever is held goes back where it came from; nothing held, nothing moves. */
    void giveBack(PaymentJournal journal, Funding funding, Instant at) {
        if (marketingHeld) {
            journal.marketingBack(funding, at);
            marketingHeld = false;
        }
    }
}
