package dev.orderledger.app.finance;

import dev.orderledger.api.account.AccountId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Finance asks what an account's balance and postings were at any instant. */
@RestController
@RequestMapping("/api/finance/accounts")
@PreAuthorize("hasAnyRole('FINANCE','ADMIN')")
class AccountAsOfController {

    private final AccountAsOf accounts;

    AccountAsOfController(AccountAsOf accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/{accountId}")
    AccountAsOf.AccountAt at(@PathVariable String accountId, @RequestParam Instant at) {
        return accounts.at(AccountId.parse(accountId), at);
    }
}
