package dev.orderledger.app;

import dev.orderledger.app.runtime.FinanceLauncher;
import dev.orderledger.finance.ReconciliationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the ledger. With no configuration it brings its own PostgreSQL and Elasticsearch. Given
 * finance's command line arguments, it runs that instead, on the database alone ({@link FinanceLauncher}).
 */
@SpringBootApplication(scanBasePackages = "dev.orderledger")
@EntityScan(basePackages = "dev.orderledger")
@EnableJpaRepositories(basePackages = "dev.orderledger")
@EnableScheduling
public class OrderLedgerApplication {

    public static void main(String[] args) {
        if (ReconciliationRunner.asked(args)) {
            FinanceLauncher.main(args);
            return;
        }
        SpringApplication.run(OrderLedgerApplication.class, args);
    }
}
