package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Reads and writes of the account balances. */
public interface AccountBalanceViewRepository extends JpaRepository<AccountBalanceView, String> {

    List<AccountBalanceView> findByAccountIdInOrderByKind(Collection<String> accountIds);

    @Query("""
            SELECT new dev.orderledger.projections.account.KindTotal(
                       b.kind, b.currency, SUM(b.balance), COUNT(b), SUM(b.entries), MAX(b.updatedAt))
            FROM AccountBalanceView b WHERE b.kind IN :kinds
            GROUP BY b.kind, b.currency ORDER BY b.kind, b.currency""")
    List<KindTotal> totalsOf(Collection<AccountKind> kinds);

    /** The platform's balance per kind of platform account: its shards added up. */
    default List<KindTotal> platformTotals() {
        return totalsOf(Arrays.stream(AccountKind.values()).filter(AccountKind::isPlatform).toList());
    }
}
