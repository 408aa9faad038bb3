package dev.orderledger.saga.partner;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static dev.orderledger.saga.partner.PartnerSettingsCheck.COMMITTED_CARRIER_SECRET;
import static dev.orderledger.saga.partner.PartnerSettingsCheck.COMMITTED_GATEWAY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerSettingsCheckTest {

    private final PartnerSettingsCheck check = new PartnerSettingsCheck(() -> true);

    @Test
    void refusesTheCommittedSecretsWhenTheSimulatorsAreOff() {
        MockEnvironment settings = committedSecrets()
                .withProperty("ledger.partners.gateway.url", "https://pay.example.com")
                .withProperty("ledger.partners.carrier.url", "https://ship.example.com");

        assertThatThrownBy(() -> check.postProcessEnvironment(settings, null))
                .isInstanceOf(PartnersMisconfigured.class)
                .satisfies(failure -> assertThat(((PartnersMisconfigured) failure).problems()).containsExactly(
                        "ledger.partners.gateway.secret is a default committed in the repository, and the payment gateway"
                                + " is not the simulator inside this application: anyone could sign its callbacks",
                        "ledger.partners.carrier.secret is a default committed in the repository, and the carrier"
                                + " is not the simulator inside this application: anyone could sign its callbacks"));
    }

    @Test
    void refusesTheCommittedSecretOfAPartnerWithItsOwnUrlEvenWhileTheSimulatorsAreOn() {
        MockEnvironment settings = committedSecrets()
                .withProperty("ledger.partners.simulator.enabled", "true")
                .withProperty("ledger.partners.gateway.url", "https://pay.example.com");

        assertThatThrownBy(() -> check.postProcessEnvironment(settings, null))
                .isInstanceOf(PartnersMisconfigured.class)
                .hasMessageContaining("ledger.partners.gateway.secret is a default committed in the repository")
                .hasMessageNotContaining("ledger.partners.carrier");
    }

    @Test
    void refusesAnotherPartnersCommittedSecretToo() {
        MockEnvironment settings = realPartners().withProperty("ledger.partners.carrier.secret", COMMITTED_GATEWAY_SECRET);

        assertThatThrownBy(() -> check.postProcessEnvironment(settings, null))
                .hasMessageContaining("ledger.partners.carrier.secret is a default committed in the repository");
    }

    @Test
    void acceptsTheCommittedSecretsWhileThePartnersAreTheSimulators() {
        MockEnvironment settings = committedSecrets().withProperty("ledger.partners.simulator.enabled", "true");

        assertThatCode(() -> check.postProcessEnvironment(settings, null)).doesNotThrowAnyException();
    }

    @Test
    void refusesTheSimulatorsInAnAssemblyBuiltWithoutThem() {
        MockEnvironment settings = committedSecrets().withProperty("ledger.partners.simulator.enabled", "true");

        assertThatThrownBy(() -> new PartnerSettingsCheck(() -> false).postProcessEnvironment(settings, null))
                .isInstanceOf(PartnersMisconfigured.class)
                .satisfies(failure -> assertThat(((PartnersMisconfigured) failure).problems()).first().asString()
                        .startsWith("ledger.partners.simulator.enabled is true (the dev profile), and this assembly has no"
                                + " simulated partners"));
    }

    @Test
    void leavesAnApplicationWithoutAWebServerAlone() {
        SpringApplication tool = new SpringApplication(Object.class);
        tool.setWebApplicationType(WebApplicationType.NONE);

        assertThatCode(() -> check.postProcessEnvironment(committedSecrets(), tool)).doesNotThrowAnyException();
    }

    @Test
    void acceptsRealPartnersWithTheirOwnSecrets() {
        assertThatCode(() -> check.postProcessEnvironment(realPartners(), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesAPartnerWithoutUrlWhenTheSimulatorsAreOffAndAPartnerWithoutSecret() {
        MockEnvironment settings = realPartners()
                .withProperty("ledger.partners.gateway.url", "")
                .withProperty("ledger.partners.carrier.secret", " ");

        assertThatThrownBy(() -> check.postProcessEnvironment(settings, null))
                .isInstanceOf(PartnersMisconfigured.class)
                .satisfies(failure -> assertThat(((PartnersMisconfigured) failure).problems()).containsExactly(
                        "ledger.partners.gateway.url is empty and the simulated partners are off"
                                + " (ledger.partners.simulator.enabled=false): nothing would answer the ledger's requests"
                                + " to the payment gateway",
                        "ledger.partners.carrier.secret is empty: the secret shared with the carrier is required"));
    }

    @Test
    void theStartUpReportNamesEachProblemAndTheDevProfile() {
        PartnersMisconfigured failure = new PartnersMisconfigured(java.util.List.of("first", "second"));

        FailureAnalysis analysis = new PartnersMisconfiguredFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("The ledger's partners are misconfigured:\n - first\n - second");
        assertThat(analysis.getAction()).contains("--spring.profiles.active=dev", "ledger.partners.gateway.url");
    }

    /** The defaults of application.yml: no URLs, the committed secrets, the simulators off. */
    private static MockEnvironment committedSecrets() {
        return new MockEnvironment()
                .withProperty("ledger.partners.gateway.secret", COMMITTED_GATEWAY_SECRET)
                .withProperty("ledger.partners.carrier.secret", COMMITTED_CARRIER_SECRET);
    }

    private static MockEnvironment realPartners() {
        return new MockEnvironment()
                .withProperty("ledger.partners.gateway.url", "https://pay.example.com")
                .withProperty("ledger.partners.gateway.secret", "a-secret-only-the-gateway-and-the-ledger-know")
                .withProperty("ledger.partners.carrier.url", "https://ship.example.com")
                .withProperty("ledger.partners.carrier.secret", "a-secret-only-the-carrier-and-the-ledger-know");
    }
}
