package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.EntryDirection;
import dev.orderledger.api.account.StatementEntry;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * One posting on an account, numbered by the account's own event sequence (1 for the first posting,
 * the account's opening being 0). What the transfer says about it (the other side, the order, the
 * memo) is in {@link JournalTransferView}, joined when the statement is read.
 */
@Entity
@Table(name = "account_entry_view")
@IdClass(AccountEntryView.Key.class)
public class AccountEntryView {

    @Id
    @Column(name = "account_id")
    private String accountId;
    @Id
    @Column(name = "entry_no")
    private long entryNo;
    @Column(name = "transfer_id", nullable = false)
    private String transferId;
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private EntryDirection direction;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "balance_after", nullable = false)
    private BigDecimal balanceAfter;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected AccountEntryView() {
        // for JPA
    }

    AccountEntryView(AccountId accountId, long entryNo, TransferId transferId, EntryDirection direction, Money amount,
                     Money balanceAfter, Instant at) {
        this.accountId = accountId.toString();
        this.entryNo = entryNo;
        this.transferId = transferId.value();
        this.direction = direction;
        this.amount = amount.amount();
        this.balanceAfter = balanceAfter.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.postedAt = at;
    }

    public String transferId() {
        return transferId;
    }

    /** The entry as a statement shows it, completed by its transfer when the journal view has it (null: not yet). */
    public StatementEntry toEntry(JournalTransferView transfer) {
        Currency money = Currency.getInstance(currency);
        return new StatementEntry(entryNo, TransferId.of(transferId), direction, new Money(amount, money),
                new Money(balanceAfter, money), transfer == null ? null : transfer.counterpartyOf(accountId),
                transfer == null ? null : transfer.orderReference(), transfer == null ? null : transfer.memo(), postedAt);
    }

    /** The key of an entry: the account and the entry's number in it. */
    public static class Key implements Serializable {

        private String accountId;
        private long entryNo;

        protected Key() {
            // for JPA
        }

        Key(AccountId accountId, long entryNo) {
            this.accountId = accountId.toString();
            this.entryNo = entryNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId.equals(accountId) && key.entryNo == entryNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, entryNo);
        }
    }
}
