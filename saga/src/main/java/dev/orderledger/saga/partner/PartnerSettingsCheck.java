package dev.orderledger.saga.partner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Refuses to start the ledger with partners it cannot reach or could not trust, before anything else
 * starts (it runs ahead of the embedded runtime): a partner without a URL while the simulators are
 * off, a partner without a secret, and a partner trusted with a secret committed in the repository
 * ({@value #COMMITTED_GATEWAY_SECRET}, {@value #COMMITTED_CARRIER_SECRET}) that is not the simulator
 * inside this application. Those secrets are only for the simulators of the {@code dev} profile.
 * The simulators are a module of their own, which a production assembly leaves out: turning them on
 * in such an assembly is refused too. An application without a web server (finance's command line)
 * talks to no partner and is not checked.
 */
public class PartnerSettingsCheck implements EnvironmentPostProcessor, Ordered {

    public static final String COMMITTED_GATEWAY_SECRET = "simulated-gateway-secret-not-for-production";
    public static final String COMMITTED_CARRIER_SECRET = "simulated-carrier-secret-not-for-production";
    private static final Set<String> COMMITTED = Set.of(COMMITTED_GATEWAY_SECRET, COMMITTED_CARRIER_SECRET);
    /** A class of the simulator module, present only in an assembly that has the simulated partners. */
    private static final String SIMULATORS = "dev.orderledger.simulator.SimulatorConfiguration";

    private final BooleanSupplier simulatorsAssembled;

    /** As Spring Boot runs it: the simulators are assembled when their module is on the class path. */
    public PartnerSettingsCheck() {
        this(() -> ClassUtils.isPresent(SIMULATORS, PartnerSettingsCheck.class.getClassLoader()));
    }

    PartnerSettingsCheck(BooleanSupplier simulatorsAssembled) {
        this.simulatorsAssembled = simulatorsAssembled;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application != null && application.getWebApplicationType() == WebApplicationType.NONE) {
            return; // no web server, so no callbacks and no processes: a tool (finance's command line), not the ledger
        }
        PartnerProperties partners = Binder.get(environment).bindOrCreate("ledger.partners", PartnerProperties.class);
        List<String> problems = new ArrayList<>();
        if (partners.simulator().enabled() && !simulatorsAssembled.getAsBoolean()) {
            problems.add("ledger.partners.simulator.enabled is true (the dev profile), and this assembly has no simulated"
                    + " partners (it was built with -Dproduction): set the partners' URLs and secrets instead");
        }
        problems.addAll(problems(partners));
        if (!problems.isEmpty()) {
            throw new PartnersMisconfigured(problems);
        }
    }

    /** Each thing wrong with the partners' settings, naming the property; empty when the ledger may start. */
    public static List<String> problems(PartnerProperties partners) {
        List<String> problems = new ArrayList<>();
        check("gateway", "the payment gateway", partners.gateway(), partners, problems);
        check("carrier", "the carrier", partners.carrier(), partners, problems);
        return problems;
    }

    private static void check(String key, String name, PartnerProperties.Partner partner, PartnerProperties partners,
                              List<String> problems) {
        String property = "ledger.partners." + key;
        if (partner.url().isBlank() && !partners.simulator().enabled()) {
            problems.add(property + ".url is empty and the simulated partners are off"
                    + " (ledger.partners.simulator.enabled=false): nothing would answer the ledger's requests to " + name);
        }
        if (partner.secret().isBlank()) {
            problems.add(property + ".secret is empty: the secret shared with " + name + " is required");
        } else if (COMMITTED.contains(partner.secret()) && !partners.simulates(partner)) {
            problems.add(property + ".secret is a default committed in the repository, and " + name
                    + " is not the simulator inside this application: anyone could sign its callbacks");
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files and profiles are read, before the embedded runtime starts
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
