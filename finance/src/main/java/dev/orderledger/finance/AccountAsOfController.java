package dev.orderledger.finance;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.bounds.InCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Finance asks what an account's balance and postings were at any instant, or for a period
 * ({@code from}, exclusive, to {@code at}, inclusive): the balance at each end and the postings between.
 */
@RestController
@RequestMapping("/api/finance/accounts")
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class AccountAsOfController {

    private final AccountAsOf accounts;

    AccountAsOfController(AccountAsOf accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/{accountId}")
    AccountAsOf.AccountAt at(@PathVariable AccountId accountId, @RequestParam(required = false) @InCalendar Instant from,
                             @RequestParam @InCalendar Instant at) {
        return accounts.between(accountId, from, at);
    }
}
