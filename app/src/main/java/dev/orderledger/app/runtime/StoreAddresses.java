package dev.orderledger.app.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says, once the ledger is ready, which PostgreSQL and Elasticsearch it uses: the embedded ones listen on
 * ports chosen at start, and a second node of the same database is pointed at them (README, "A second
 * node"). The embedded runtime starts them before logging is set up, so it cannot say it then.
 */
@Component
class StoreAddresses {

    private static final Logger log = LoggerFactory.getLogger(StoreAddresses.class);

    private final String database;
    private final String search;

    StoreAddresses(@Value("${spring.datasource.url}") String database, @Value("${ledger.elasticsearch.url:}") String search) {
        // a URL's parameters may hold a password
        this.database = database.contains("?") ? database.substring(0, database.indexOf('?')) : database;
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        log.info("Stores: PostgreSQL {} and Elasticsearch {}", database, search.isBlank() ? "(none)" : search);
    }
}
