package dev.orderledger.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module layout of ARCHITECTURE.md as rules:
 * <ul>
 *     <li>every module may use {@code api}, and the message contract stays free of Spring;</li>
 *     <li>command, saga, projections, search-index, finance and notification never use each other; query
 *     reads what projections write;</li>
 *     <li>the simulated partners speak the partners' side of saga's protocols, and nothing but the
 *     assembly uses them;</li>
 *     <li>only the app assembles everything, and its own packages use each other one way: the Axon
 *     wiring and the launchers below the web, identity and operations.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final String API = "dev.orderledger.api..";
    private static final String COMMAND = "dev.orderledger.command..";
    private static final String SAGA = "dev.orderledger.saga..";
    private static final String PROJECTIONS = "dev.orderledger.projections..";
    private static final String QUERY = "dev.orderledger.query..";
    private static final String SEARCH = "dev.orderledger.search..";
    private static final String FINANCE = "dev.orderledger.finance..";
    private static final String SIMULATOR = "dev.orderledger.simulator..";
    private static final String NOTIFICATION = "dev.orderledger.notification..";
    private static final String CONSOLE = "dev.orderledger.console..";
    private static final String APP = "dev.orderledger.app..";

    private static JavaClasses ledger;

    @BeforeAll
    static void importLedger() {
        ledger = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.orderledger");
    }

    @Test
    void theMessageContractDependsOnNothingButJavaJacksonAndAxonAnnotationsAndTheValidationApi() {
        // javax.crypto: the signature scheme (api.signature) is the JDK's HMAC
        classes().that().resideInAPackage(API).should().onlyDependOnClassesThat()
                .resideInAnyPackage(API, "java..", "javax.crypto..", "com.fasterxml.jackson.annotation..",
                        "org.axonframework.modelling.command..", "org.axonframework.serialization..",
                        "jakarta.validation..")
                .check(ledger);
    }

    @Test
    void theCommandSideUsesNoOtherModule() {
        noClasses().that().resideInAPackage(COMMAND).should().dependOnClassesThat()
                .resideInAnyPackage(SAGA, PROJECTIONS, QUERY, SEARCH, FINANCE, NOTIFICATION, SIMULATOR, APP).check(ledger);
    }

    @Test
    void sagasUseNoOtherModule() {
        noClasses().that().resideInAPackage(SAGA).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, PROJECTIONS, QUERY, SEARCH, FINANCE, NOTIFICATION, SIMULATOR, APP).check(ledger);
    }

    @Test
    void projectionsUseNoOtherModule() {
        noClasses().that().resideInAPackage(PROJECTIONS).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, SAGA, QUERY, SEARCH, FINANCE, NOTIFICATION, SIMULATOR, APP).check(ledger);
    }

    @Test
    void searchUsesNoOtherModule() {
        noClasses().that().resideInAPackage(SEARCH).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, SAGA, PROJECTIONS, QUERY, FINANCE, NOTIFICATION, SIMULATOR, APP).check(ledger);
    }

    @Test
    void queriesReadOnlyWhatProjectionsWrite() {
        noClasses().that().resideInAPackage(QUERY).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, SAGA, SEARCH, FINANCE, NOTIFICATION, SIMULATOR, APP).check(ledger);
    }

    @Test
    void financeUsesTheMessageContractOnly() {
        noClasses().that().resideInAPackage(FINANCE).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, SAGA, PROJECTIONS, QUERY, SEARCH, NOTIFICATION, SIMULATOR, APP).check(ledger);
    }

    @Test
    void notificationsUseTheMessageContractOnly() {
        noClasses().that().resideInAPackage(NOTIFICATION).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, SAGA, PROJECTIONS, QUERY, SEARCH, FINANCE, SIMULATOR, APP).check(ledger);
        slices().matching("dev.orderledger.notification.(*)..").should().beFreeOfCycles().check(ledger);
    }

    @Test
    void theSimulatorsSpeakThePartnersProtocolsAndKnowNothingElseOfTheLedger() {
        noClasses().that().resideInAPackage(SIMULATOR).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, PROJECTIONS, QUERY, SEARCH, FINANCE, NOTIFICATION, APP, "dev.orderledger.saga.payment..",
                        "dev.orderledger.saga.placement..", "dev.orderledger.saga.fulfillment..", "dev.orderledger.saga.refund..")
                .check(ledger);
    }

    @Test
    void theConsoleUsesTheMessageContractOnlyAndOnlyTheAssemblyUsesIt() {
        noClasses().that().resideInAPackage(CONSOLE).should().dependOnClassesThat()
                .resideInAnyPackage(COMMAND, SAGA, PROJECTIONS, QUERY, SEARCH, FINANCE, NOTIFICATION, SIMULATOR, APP).check(ledger);
        noClasses().that().resideOutsideOfPackages(CONSOLE, APP).should().dependOnClassesThat().resideInAPackage(CONSOLE)
                .check(ledger);
    }

    @Test
    void nothingButTheAssemblyUsesTheSimulators() {
        noClasses().that().resideOutsideOfPackages(SIMULATOR, APP).should().dependOnClassesThat().resideInAPackage(SIMULATOR)
                .check(ledger);
    }

    @Test
    void thePackagesOfTheAssemblyUseEachOtherOneWay() {
        slices().matching("dev.orderledger.app.(*)..").should().beFreeOfCycles().check(ledger);
    }

    @Test
    void theAxonWiringAndTheLaunchersStandBelowTheWebIdentityAndOperations() {
        noClasses().that().resideInAnyPackage("dev.orderledger.app.axon..", "dev.orderledger.app.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orderledger.app.web..", "dev.orderledger.app.identity..",
                        "dev.orderledger.app.operations..", "dev.orderledger.app.observability..")
                .check(ledger);
        noClasses().that().resideInAPackage("dev.orderledger.app.axon..").should().dependOnClassesThat()
                .resideInAPackage("dev.orderledger.app.runtime..").check(ledger);
    }

    @Test
    void onlyTheAppAssemblesTheModules() {
        noClasses().that().resideOutsideOfPackage(APP).should().dependOnClassesThat().resideInAPackage(APP)
                .check(ledger);
    }
}
