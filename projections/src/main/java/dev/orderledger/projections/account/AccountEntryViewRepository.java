package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.TimeRange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;

/** Reads and writes of the accounts' postings. */
public interface AccountEntryViewRepository extends JpaRepository<AccountEntryView, AccountEntryView.Key> {

    Page<AccountEntryView> findByAccountIdAndPostedAtGreaterThanEqualAndPostedAtLessThan(String accountId, Instant from, Instant to,
                                                                             Pageable page);

    /** One page of an account's postings made in the period, by number: the latest or the first first. */
    default Page<AccountEntryView> statement(AccountId account, TimeRange period, boolean newestFirst, int page, int size) {
        Sort byNumber = Sort.by(newestFirst ? Sort.Direction.DESC : Sort.Direction.ASC, "entryNo");
        return findByAccountIdAndPostedAtGreaterThanEqualAndPostedAtLessThan(account.toString(), Periods.from(period),
                Periods.to(period), PageRequest.of(page, size, byNumber));
    }
}
