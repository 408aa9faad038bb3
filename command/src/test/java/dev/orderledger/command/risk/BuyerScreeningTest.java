package dev.orderledger.command.risk;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.OrderScreenedEvent;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.risk.ReviewRulesChangedEvent;
import dev.orderledger.api.risk.ScreenOrderCommand;
import dev.orderledger.api.risk.ScreenedLine;
import dev.orderledger.api.risk.Screening;
import dev.orderledger.api.security.UserId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A buyer's orders counted against the review rules, one order at a time. */
class BuyerScreeningTest {

    static final UserId BUYER = UserId.of("10000002");
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final SkuRef FLASH_TEE = new SkuRef(ProductId.of("tee"), SkuId.of("tee-flash"));
    static final SkuRef MUG = new SkuRef(ProductId.of("mug"), SkuId.of("mug-1"));
    static final Duration DECIDE_WITHIN = Duration.ofMinutes(30);

    EmbeddedEventStore rulesStore;
    AggregateTestFixture<BuyerScreening> fixture;
    long rulesChanged;

    @BeforeEach
    void setUp() {
        rulesStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        fixture = new AggregateTestFixture<>(BuyerScreening.class);
        fixture.registerInjectableResource(new ReviewRuleBook(rulesStore));
    }

    @AfterEach
    void tearDown() {
        rulesStore.shutDown();
    }

    void rules(ReviewRules rules) {
        rulesStore.publish(new GenericDomainEventMessage<>("ReviewPolicy", ReviewRules.ID, rulesChanged++,
                new ReviewRulesChangedEvent(rules, UserId.of("admin"), NOW)));
    }

    static ReviewRules limits(Integer perHour, Integer perDay, Integer promotionalUnits, Money firstOrderAbove) {
        return new ReviewRules(Set.of(UserId.of("fraudster")), Set.of(UserId.of("trusted")), perHour, perDay, Set.of(FLASH_TEE),
                promotionalUnits, firstOrderAbove, DECIDE_WITHIN, ReviewDecision.REJECT);
    }

    static ScreenOrderCommand order(UserId buyer, String orderId, Instant at, ScreenedLine... lines) {
        return new ScreenOrderCommand(buyer, OrderId.of(orderId), List.of(lines), Money.of("100.00", "CNY"), at);
    }

    static OrderScreenedEvent screened(String orderId, Instant at, List<ScreenedLine> promotional, ReviewRule... fired) {
        return new OrderScreenedEvent(BUYER, OrderId.of(orderId), at, promotional, List.of(fired));
    }

    static String id(int n) {
        return "179530000000000" + (1000 + n);
    }

    @Test
    void withoutRulesEveryOrderGoesThroughAndIsCounted() {
        fixture.givenNoPriorActivity()
                .when(order(BUYER, id(1), NOW, new ScreenedLine(MUG, 1)))
                .expectResultMessagePayload(new Screening(List.of(), ReviewRules.DEFAULT_DECIDE_WITHIN, ReviewDecision.APPROVE))
                .expectEvents(screened(id(1), NOW, List.of()));
    }

    @Test
    void theOrderOverTheHourlyLimitIsReviewedAndOneAnHourLaterIsNot() {
        rules(limits(2, null, null, null));
        fixture.given(screened(id(1), NOW.minusSeconds(120), List.of()), screened(id(2), NOW.minusSeconds(60), List.of()))
                .when(order(BUYER, id(3), NOW))
                .expectResultMessagePayload(new Screening(List.of(ReviewRule.ORDERS_PER_HOUR), DECIDE_WITHIN, ReviewDecision.REJECT))
                .expectEvents(screened(id(3), NOW, List.of(), ReviewRule.ORDERS_PER_HOUR));
        fixture.given(screened(id(1), NOW.minus(Duration.ofMinutes(61)), List.of()), screened(id(2), NOW.minusSeconds(60), List.of()))
                .when(order(BUYER, id(3), NOW))
                .expectEvents(screened(id(3), NOW, List.of()));
    }

    @Test
    void theDailyLimitCountsTheLastTwentyFourHours() {
        rules(limits(null, 2, null, null));
        fixture.given(screened(id(1), NOW.minus(Duration.ofHours(23)), List.of()), screened(id(2), NOW.minus(Duration.ofHours(5)), List.of()))
                .when(order(BUYER, id(3), NOW))
                .expectEvents(screened(id(3), NOW, List.of(), ReviewRule.ORDERS_PER_DAY));
    }

    @Test
    void unitsOfAPromotionalSkuAddUpOverTheBuyersOrders() {
        rules(limits(null, null, 3, null));
        fixture.given(screened(id(1), NOW.minus(Duration.ofDays(3)), List.of(new ScreenedLine(FLASH_TEE, 2))))
                .when(order(BUYER, id(2), NOW, new ScreenedLine(FLASH_TEE, 2), new ScreenedLine(MUG, 9)))
                .expectEvents(screened(id(2), NOW, List.of(new ScreenedLine(FLASH_TEE, 2)), ReviewRule.PROMOTIONAL_UNITS));
    }

    @Test
    void onlyTheFirstOrderIsHeldToTheFirstOrderLimit() {
        rules(limits(null, null, null, Money.of("99.99", "CNY")));
        fixture.givenNoPriorActivity()
                .when(order(BUYER, id(1), NOW))
                .expectEvents(screened(id(1), NOW, List.of(), ReviewRule.FIRST_ORDER_AMOUNT));
        fixture.given(screened(id(1), NOW.minus(Duration.ofDays(40)), List.of()))
                .when(order(BUYER, id(2), NOW))
                .expectEvents(screened(id(2), NOW, List.of()));
    }

    @Test
    void theBlacklistIsAlwaysReviewed() {
        rules(limits(1, null, null, Money.of("1.00", "CNY")));
        UserId fraudster = UserId.of("fraudster");
        fixture.givenNoPriorActivity()
                .when(order(fraudster, id(1), NOW))
                .expectEvents(new OrderScreenedEvent(fraudster, OrderId.of(id(1)), NOW, List.of(),
                        List.of(ReviewRule.BLACKLISTED, ReviewRule.FIRST_ORDER_AMOUNT)));
    }

    @Test
    void theWhitelistIsNeverReviewed() {
        rules(limits(1, null, null, Money.of("1.00", "CNY")));
        UserId trusted = UserId.of("trusted");
        fixture.givenNoPriorActivity()
                .when(order(trusted, id(1), NOW))
                .expectEvents(new OrderScreenedEvent(trusted, OrderId.of(id(1)), NOW, List.of(), List.of()));
    }

    @Test
    void screeningAnOrderAgainAnswersTheSameAndCountsItOnce() {
        rules(limits(1, null, null, null));
        fixture.given(screened(id(1), NOW.minusSeconds(60), List.of()), screened(id(2), NOW.minusSeconds(30), List.of(),
                        ReviewRule.ORDERS_PER_HOUR))
                .when(order(BUYER, id(2), NOW))
                .expectResultMessagePayload(new Screening(List.of(ReviewRule.ORDERS_PER_HOUR), DECIDE_WITHIN, ReviewDecision.REJECT))
                .expectNoEvents();
    }

    @Test
    void theRuleBookReadsTheLatestRulesOnlyWhenTheyChanged() {
        ReviewRuleBook book = new ReviewRuleBook(rulesStore);
        assertThat(book.current()).isEqualTo(ReviewRules.NONE);
        rules(limits(5, null, null, null));
        assertThat(book.current().maxOrdersPerHour()).isEqualTo(5);
        rules(limits(7, null, null, null));
        assertThat(book.current().maxOrdersPerHour()).isEqualTo(7);
        assertThat(book.current()).isSameAs(book.current());
    }
}
