package dev.orderledger.projections.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TimeRange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads and writes of the journal entries. A seller's settlements are the entries from the platform's
 * clearing into the seller's account; its charge-backs (refunds after settlement) go the other way.
 */
public interface JournalTransferViewRepository extends JpaRepository<JournalTransferView, String> {

    Page<JournalTransferView> findByToAccountAndFromKindAndRecordedAtGreaterThanEqualAndRecordedAtLessThan(
            String toAccount, AccountKind fromKind, Instant from, Instant to, Pageable page);

    @Query("""
            SELECT SUM(t.amount) FROM JournalTransferView t
            WHERE t.toAccount = :account AND t.fromKind = :kind AND t.recordedAt >= :from AND t.recordedAt < :to""")
    BigDecimal sumInto(String account, AccountKind kind, Instant from, Instant to);

    @Query("""
            SELECT SUM(t.amount) FROM JournalTransferView t
            WHERE t.fromAccount = :account AND t.toKind = :kind AND t.recordedAt >= :from AND t.recordedAt < :to""")
    BigDecimal sumOutOf(String account, AccountKind kind, Instant from, Instant to);

    @Query("""
            SELECT new dev.orderledger.projections.account.OrderAmount(t.orderReference, SUM(t.amount))
            FROM JournalTransferView t
            WHERE t.fromAccount = :account AND t.toKind = :kind AND t.orderReference IN :orders
            GROUP BY t.orderReference""")
    List<OrderAmount> sumsOutOfByOrder(String account, AccountKind kind, Collection<String> orders);

    /** One page of the seller's settlements in the period, the latest first. */
    default Page<JournalTransferView> settlementsOf(AccountId seller, TimeRange period, int page, int size) {
        Sort latestFirst = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("transferId"));
        return findByToAccountAndFromKindAndRecordedAtGreaterThanEqualAndRecordedAtLessThan(seller.toString(),
                AccountKind.PLATFORM_CLEARING, Periods.from(period), Periods.to(period),
                PageRequest.of(page, size, latestFirst));
    }

    /** What the platform settled to the seller in the period. */
    default BigDecimal settledTo(AccountId seller, TimeRange period) {
        return Objects.requireNonNullElse(sumInto(seller.toString(), AccountKind.PLATFORM_CLEARING,
                Periods.from(period), Periods.to(period)), BigDecimal.ZERO);
    }

    /** What refunds took back from the seller in the period. */
    default BigDecimal chargedBackFrom(AccountId seller, TimeRange period) {
        return Objects.requireNonNullElse(sumOutOf(seller.toString(), AccountKind.PLATFORM_CLEARING,
                Periods.from(period), Periods.to(period)), BigDecimal.ZERO);
    }

    /** What refunds took back from the seller for each of these orders, ever; orders without charge-backs are absent. */
    default Map<String, BigDecimal> chargedBackByOrder(AccountId seller, Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return sumsOutOfByOrder(seller.toString(), AccountKind.PLATFORM_CLEARING, orderIds).stream()
                .collect(Collectors.toMap(OrderAmount::orderReference, OrderAmount::amount));
    }
}
