package dev.orderledger.saga.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.partners}: where the payment gateway and the carrier are, the secrets that sign their
 * callbacks, and the in-app simulators. An empty URL means the simulator inside this application,
 * which serves only when the simulators are on (the {@code dev} profile); {@link PartnerSettingsCheck}
 * refuses to start otherwise.
 *
 * @param gateway           the payment gateway ({@code url}, {@code secret})
 * @param carrier           the fulfillment partner ({@code url}, {@code secret})
 * @param callbackTolerance how far a callback's timestamp may be from now, either side
 * @param timeout           connect and answer timeout of every request to a partner
 * @param simulator         the simulated partners served under {@code /simulator}
 */
@ConfigurationProperties("ledger.partners")
public record PartnerProperties(
        @DefaultValue Partner gateway,
        @DefaultValue Partner carrier,
        @DefaultValue("PT5M") Duration callbackTolerance,
        @DefaultValue("PT2S") Duration timeout,
        @DefaultValue Simulator simulator) {

    /**
     * One partner.
     *
     * @param url    its base URL; empty for the in-app simulator
     * @param secret the HMAC secret shared with it; the defaults in {@code application.yml} are for the simulator only
     */
    public record Partner(@DefaultValue("") String url, @DefaultValue("") String secret) {
    }

    /** Whether this partner is the simulator inside this application: no URL of its own, and the simulators on. */
    public boolean simulates(Partner partner) {
        return partner.url().isBlank() && simulator.enabled();
    }

    /**
     * The simulated partners.
     *
     * @param enabled     whether {@code /simulator/**} is served: off unless asked for (the {@code dev} profile)
     * @param callbackUrl the ledger the simulators post their callbacks to; empty for this application
     */
    public record Simulator(@DefaultValue("false") boolean enabled, @DefaultValue("") String callbackUrl) {
    }
}
