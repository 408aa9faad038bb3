package dev.orderledger.saga.partner;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link PartnersMisconfigured} into Spring Boot's start-up failure report: what is wrong, and what to set. */
class PartnersMisconfiguredFailureAnalyzer extends AbstractFailureAnalyzer<PartnersMisconfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PartnersMisconfigured cause) {
        return new FailureAnalysis("The ledger's partners are misconfigured:\n - " + String.join("\n - ", cause.problems()),
                "For the simulated partners (a development tool), run the default build (not -Dproduction) with the dev"
                        + " profile: --spring.profiles.active=dev (the README's spring-boot:run does).\nFor the real partners, set ledger.partners.gateway.url"
                        + " and .secret, and ledger.partners.carrier.url and .secret (LEDGER_PARTNERS_GATEWAY_SECRET, ...),"
                        + " to their URLs and the secrets shared with them.",
                cause);
    }
}
