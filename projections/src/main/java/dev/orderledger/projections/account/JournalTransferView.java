package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferRecordedEvent;
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

/**
 * One journal entry: the amount that moved from one account to another, with its order reference and
 * memo. Statements take the other side, the order and the memo of their postings from here; a
 * seller's settlements are the entries between the platform's clearing and the seller's account.
 */
@Entity
@Table(name = "journal_transfer_view")
public class JournalTransferView {

    @Id
    @Column(name = "transfer_id")
    private String transferId;
    @Column(name = "from_account", nullable = false)
    private String fromAccount;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind", nullable = false)
    private AccountKind fromKind;
    @Column(name = "to_account", nullable = false)
    private String toAccount;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind", nullable = false)
    private AccountKind toKind;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "order_reference")
    private String orderReference;
    @Column(name = "memo")
    private String memo;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected JournalTransferView() {
        // for JPA
    }

    JournalTransferView(TransferRecordedEvent recorded) {
        this.transferId = recorded.transferId().value();
        this.fromAccount = recorded.from().toString();
        this.fromKind = recorded.from().kind();
        this.toAccount = recorded.to().toString();
        this.toKind = recorded.to().kind();
        this.amount = recorded.amount().amount();
        this.currency = recorded.amount().currency().getCurrencyCode();
        this.orderReference = recorded.orderReference();
        this.memo = recorded.memo();
        this.recordedAt = recorded.at();
    }

    public TransferId transferId() {
        return TransferId.of(transferId);
    }

    /** The account on the other side of this transfer from the given one. */
    public AccountId counterpartyOf(String accountId) {
        return AccountId.parse(fromAccount.equals(accountId) ? toAccount : fromAccount);
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public String orderReference() {
        return orderReference;
    }

    public String memo() {
        return memo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
