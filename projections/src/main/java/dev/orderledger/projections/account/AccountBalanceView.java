package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountBalance;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One account's balance: the balance its latest posting left, and how many postings it has. */
@Entity
@Table(name = "account_balance_view")
public class AccountBalanceView {

    @Id
    @Column(name = "account_id")
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AccountKind kind;
    @Column(name = "owner", nullable = false)
    private String owner;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "balance", nullable = false)
    private BigDecimal balance;
    @Column(name = "entries", nullable = false)
    private long entries;
    /** When the latest posting was made (when the account opened, before its first). */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /**
     * The account's sequence number of the posting the balance comes from; the opening event is 0.
     * A posting with a lower number, arriving late, counts as an entry but leaves the balance alone.
     */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected AccountBalanceView() {
        // for JPA
    }

    AccountBalanceView(AccountId accountId, Currency currency, Instant openedAt) {
        this.accountId = accountId.toString();
        this.kind = accountId.kind();
        this.owner = accountId.owner();
        this.currency = currency.getCurrencyCode();
        this.balance = BigDecimal.ZERO;
        this.updatedAt = openedAt;
    }

    /** A posting that was not counted before: one more entry, and the balance it left if it is the latest. */
    void posted(long sequence, Money balanceAfter, Instant at) {
        entries++;
        if (sequence > lastSequence) {
            balance = balanceAfter.amount();
            updatedAt = at;
            lastSequence = sequence;
        }
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money balance() {
        return new Money(balance, currency());
    }

    public AccountBalance toBalance() {
        return new AccountBalance(AccountId.parse(accountId), kind, owner, balance(), entries, updatedAt);
    }
}
