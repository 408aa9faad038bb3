package dev.orderledger.saga.partner;

import dev.orderledger.saga.gateway.PartnerUnavailable;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

import java.net.URI;

/**
 * The base URLs of the partners and of the ledger's own callbacks. Where the configuration leaves one
 * empty it is this application (its simulator, or its callback endpoints) on loopback, at the port
 * the web server actually listens on, known once it has started (tests use random ports).
 */
public class PartnerEndpoints implements ApplicationListener<WebServerInitializedEvent> {

    static final String GATEWAY_SIMULATOR = "/simulator/gateway";
    static final String CARRIER_SIMULATOR = "/simulator/carrier";

    private final PartnerProperties properties;
    private volatile int port;

    public PartnerEndpoints(PartnerProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The payment gateway, e.g. {@code http://127.0.0.1:8080/simulator/gateway}. */
    public URI gateway() {
        return resolve(properties.gateway().url(), GATEWAY_SIMULATOR);
    }

    /** The fulfillment partner, e.g. {@code http://127.0.0.1:8080/simulator/carrier}. */
    public URI carrier() {
        return resolve(properties.carrier().url(), CARRIER_SIMULATOR);
    }

    /** The ledger the simulators send their callbacks to, e.g. {@code http://127.0.0.1:8080}. */
    public URI ledger() {
        return resolve(properties.simulator().callbackUrl(), "");
    }

    private URI resolve(String configured, String ownPath) {
        if (!configured.isBlank()) {
            return URI.create(configured.replaceAll("/+$", ""));
        }
        if (port <= 0) {
            throw new PartnerUnavailable("the ledger's web server has not started yet", null);
        }
        return URI.create("http://127.0.0.1:" + port + ownPath);
    }
}
