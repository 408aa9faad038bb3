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
import dev.orderledger.api.account.TimeRange;
import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.account.AccountViewProjection;
import dev.orderledger.query.consistency.ReadYourWrites;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Users read their balances and statements; admins and finance read every account and the platform's
 * totals. An account id is {@code kind:owner} ({@code buyer-wallet:10000002}); periods are ISO-8601
 * instants, {@code from} inclusive and {@code to} exclusive.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountQueryController {

    private final QueryGateway queries;

    AccountQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The caller's wallet and coins, and their seller account when they sell; accounts not opened yet are left out. */
    @GetMapping("/mine")
    @ReadYourWrites(AccountViewProjection.PROCESSING_GROUP)
    AccountBalances mine(Actor requester) {
        return queries.query(new FindMyAccountsQuery(requester), ResponseTypes.instanceOf(AccountBalances.class)).join();
    }

    /** Every platform kind's balance, its shards added up. */
    @GetMapping("/platform")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @ReadYourWrites(AccountViewProjection.PROCESSING_GROUP)
    PlatformTotals platform() {
        return queries.query(new FindPlatformTotalsQuery(), ResponseTypes.instanceOf(PlatformTotals.class)).join();
    }

    @GetMapping("/{accountId}")
    @ReadYourWrites(AccountViewProjection.PROCESSING_GROUP)
    AccountBalance account(@PathVariable("accountId") AccountId account, Actor requester) {
        return queries.query(new FindAccountQuery(account, requester), ResponseTypes.optionalInstanceOf(AccountBalance.class))
                .join()
                .orElseThrow(() -> notFound(account));
    }

    /** The account's postings in the period, the latest first unless {@code order=oldest}. */
    @GetMapping("/{accountId}/statement")
    @ReadYourWrites(AccountViewProjection.PROCESSING_GROUP)
    AccountStatement statement(@PathVariable("accountId") AccountId account,
                               @RequestParam(required = false) @InCalendar Instant from,
                               @RequestParam(required = false) @InCalendar Instant to,
                               @RequestParam(defaultValue = "newest")
                               @Pattern(regexp = "newest|oldest", message = "is newest or oldest") String order,
                               @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size,
                               Actor requester) {
        Paging.requireWithinDepth(page, size);
        FindAccountStatementQuery query = new FindAccountStatementQuery(account, requester, new TimeRange(from, to),
                "newest".equals(order), page, size);
        return queries.query(query, ResponseTypes.optionalInstanceOf(AccountStatement.class))
                .join()
                .orElseThrow(() -> notFound(account));
    }

    private static ResourceNotFound notFound(AccountId account) {
        return new ResourceNotFound("no account " + account);
    }
}
