package dev.orderledger.app.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code ledger.security.bootstrap-admin.email} and {@code .password}
 * when both are set and no user has that email yet.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private final Users accounts;
    private final String email;
    private final String password;

    AdminBootstrap(Users accounts,
                   @Value("${ledger.security.bootstrap-admin.email:}") String email,
                   @Value("${ledger.security.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!email.isBlank() && !password.isBlank()) {
            accounts.ensureAdmin(email, password);
        }
    }
}
