package dev.orderledger.app.runtime;

import dev.orderledger.app.axon.SerializerConfiguration;
import dev.orderledger.finance.ReconciliationRunner;
import dev.orderledger.finance.StoredEvents;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Finance's command line ({@link ReconciliationRunner}) in a context of its own: a datasource and
 * finance's replay, and nothing else of the ledger: no event processors, sagas, web server, search
 * node or migrations. Its replay is one read-only transaction, so it runs beside a live ledger: on
 * the embedded database it uses the server that ledger runs ({@link EmbeddedRuntime#DATABASE_ONLY}),
 * and starts one only when none runs.
 *
 * <p>Deliberately not a {@code @Configuration}: the ledger scans every package for those, and must
 * not pick this one up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class})
@ComponentScan(basePackageClasses = ReconciliationRunner.class,
        excludeFilters = @ComponentScan.Filter(RestController.class))
@Import(ReconciliationRunner.class)
public class FinanceLauncher {

    /** Runs the finance command line the arguments ask for ({@link ReconciliationRunner#asked}); it exits when done. */
    public static void main(String... arguments) {
        SpringApplication finance = new SpringApplication(FinanceLauncher.class);
        finance.setWebApplicationType(WebApplicationType.NONE);
        finance.setDefaultProperties(Map.of(EmbeddedRuntime.DATABASE_ONLY, "true"));
        finance.run(arguments);
    }

    @Bean
    StoredEvents storedEvents() {
        return new StoredEvents(SerializerConfiguration.messageMapper());
    }
}
