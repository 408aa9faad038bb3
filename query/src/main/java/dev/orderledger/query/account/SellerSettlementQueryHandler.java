package dev.orderledger.query.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.FindSellerSettlementsQuery;
import dev.orderledger.api.account.SellerSettlements;
import dev.orderledger.api.money.Money;
import dev.orderledger.projections.account.AccountBalanceView;
import dev.orderledger.projections.account.AccountBalanceViewRepository;
import dev.orderledger.projections.account.JournalTransferView;
import dev.orderledger.projections.account.JournalTransferViewRepository;
import dev.orderledger.projections.account.PendingAmount;
import dev.orderledger.projections.account.PendingSettlementRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers a seller's settlement query: the settlement entries of the journal (platform clearing into
 * the seller's account) with what refunds took back of each order, the period's totals in the seller
 * account's currency, and the seller's paid orders not settled yet.
 */
@Component
class SellerSettlementQueryHandler {

    private final JournalTransferViewRepository transfers;
    private final AccountBalanceViewRepository balances;
    private final PendingSettlementRepository pending;

    SellerSettlementQueryHandler(JournalTransferViewRepository transfers, AccountBalanceViewRepository balances,
                                 PendingSettlementRepository pending) {
        this.transfers = transfers;
        this.balances = balances;
        this.pending = pending;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    SellerSettlements handle(FindSellerSettlementsQuery query) {
        AccountId seller = AccountId.seller(query.sellerId());
        Page<JournalTransferView> settled = transfers.settlementsOf(seller, query.period(), query.page(), query.size());
        Map<String, BigDecimal> chargedBack = transfers.chargedBackByOrder(seller,
                settled.stream().map(JournalTransferView::orderReference).filter(Objects::nonNull).toList());
        Optional<AccountBalanceView> account = balances.findById(seller.toString());
        return new SellerSettlements(query.sellerId(), query.period(),
                account.map(AccountBalanceView::balance).orElse(null),
                account.map(a -> new Money(transfers.settledTo(seller, query.period()), a.currency())).orElse(null),
                account.map(a -> new Money(transfers.chargedBackFrom(seller, query.period()), a.currency())).orElse(null),
                pending.awaitingSettlement(query.sellerId().value()).stream().map(PendingAmount::toPending).toList(),
                query.page(), query.size(), settled.getTotalElements(),
                settled.stream().map(transfer -> settledOrder(transfer, chargedBack)).toList());
    }

    private static SellerSettlements.SettledOrder settledOrder(JournalTransferView settlement,
                                                               Map<String, BigDecimal> chargedBack) {
        Money amount = settlement.amount();
        BigDecimal back = chargedBack.getOrDefault(settlement.orderReference(), BigDecimal.ZERO);
        return new SellerSettlements.SettledOrder(settlement.orderReference(), settlement.transferId(), amount,
                new Money(back, amount.currency()), settlement.recordedAt());
    }
}
