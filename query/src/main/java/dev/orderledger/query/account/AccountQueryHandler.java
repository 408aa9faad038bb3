package dev.orderledger.query.account;

import dev.orderledger.api.account.AccountBalance;
import dev.orderledger.api.account.AccountBalances;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountStatement;
import dev.orderledger.api.account.FindAccountQuery;
import dev.orderledger.api.account.FindAccountStatementQuery;
import dev.orderledger.api.account.FindMyAccountsQuery;
import dev.orderledger.api.account.FindPlatformTotalsQuery;
import dev.orderledger.api.account.PlatformTotals;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.projections.account.AccountBalanceView;
import dev.orderledger.projections.account.AccountBalanceViewRepository;
import dev.orderledger.projections.account.AccountEntryView;
import dev.orderledger.projections.account.AccountEntryViewRepository;
import dev.orderledger.projections.account.JournalTransferView;
import dev.orderledger.projections.account.JournalTransferViewRepository;
import dev.orderledger.projections.account.KindTotal;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers account queries from the account views. An account is shown to its owner and to admins and
 * finance; platform accounts belong to no user. To anyone else it is as absent as an account that was
 * never opened.
 */
@Component
class AccountQueryHandler {

    private final AccountBalanceViewRepository balances;
    private final AccountEntryViewRepository entries;
    private final JournalTransferViewRepository transfers;

    AccountQueryHandler(AccountBalanceViewRepository balances, AccountEntryViewRepository entries,
                        JournalTransferViewRepository transfers) {
        this.balances = balances;
        this.entries = entries;
        this.transfers = transfers;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AccountBalances handle(FindMyAccountsQuery query) {
        Actor requester = query.requester();
        List<AccountId> own = new ArrayList<>(List.of(AccountId.buyerWallet(requester.userId()),
                AccountId.buyerCoins(requester.userId())));
        if (requester.has(Role.SELLER)) {
            own.add(AccountId.seller(requester.userId()));
        }
        return new AccountBalances(balances.findByAccountIdInOrderByKind(own.stream().map(AccountId::toString).toList())
                .stream().map(AccountBalanceView::toBalance).toList());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<AccountBalance> handle(FindAccountQuery query) {
        return visible(query.accountId(), query.requester()).map(AccountBalanceView::toBalance);
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<AccountStatement> handle(FindAccountStatementQuery query) {
        return visible(query.accountId(), query.requester()).map(account -> {
            Page<AccountEntryView> page = entries.statement(query.accountId(), query.period(), query.newestFirst(),
                    query.page(), query.size());
            Map<String, JournalTransferView> postedBy = transfers.findAllById(
                            page.stream().map(AccountEntryView::transferId).toList()).stream()
                    .collect(Collectors.toMap(transfer -> transfer.transferId().value(), Function.identity()));
            return new AccountStatement(query.accountId(), query.period(), query.page(), query.size(),
                    page.getTotalElements(), page.stream().map(entry -> entry.toEntry(postedBy.get(entry.transferId()))).toList());
        });
    }

    @QueryHandler
    @Transactional(readOnly = true)
    PlatformTotals handle(FindPlatformTotalsQuery query) {
        return new PlatformTotals(balances.platformTotals().stream().map(KindTotal::toTotal).toList());
    }

    /** The account's balance row, if the account is open and the requester may see it. */
    private Optional<AccountBalanceView> visible(AccountId account, Actor requester) {
        boolean mayRead = requester.has(Role.ADMIN) || requester.has(Role.FINANCE)
                || (!account.kind().isPlatform() && account.owner().equals(requester.userId().value()));
        return mayRead ? balances.findById(account.toString()) : Optional.empty();
    }
}
