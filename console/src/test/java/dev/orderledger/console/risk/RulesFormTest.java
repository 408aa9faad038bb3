package dev.orderledger.console.risk;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.security.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RulesFormTest {

    private static final ReviewRules RULES = new ReviewRules(Set.of(UserId.of("mallory")), Set.of(UserId.of("alice"), UserId.of("bob")),
            5, 20, Set.of(new SkuRef(ProductId.of("p-1"), SkuId.of("s-1"))), 2, Money.of("1000.00", "CNY"),
            Duration.ofMinutes(90), ReviewDecision.REJECT);

    @Test
    void theFormOfTheRulesInForceSaysTheSameRules() {
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(RulesForm.of(RULES).rules(errors)).isEqualTo(RULES);
        assertThat(errors).isEmpty();
        assertThat(RulesForm.of(ReviewRules.NONE).rules(errors)).isEqualTo(ReviewRules.NONE);
    }

    @Test
    void listsTakeEntriesByLineSpaceOrComma() {
        RulesForm form = new RulesForm("", "", "", "", "CNY", "120", "APPROVE", "a, b\nc  d", "", " p-1/s-1 \n");

        ReviewRules rules = form.rules(new LinkedHashMap<>());

        assertThat(rules.blacklist()).extracting(UserId::value).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(rules.promotionalSkus()).containsExactly(new SkuRef(ProductId.of("p-1"), SkuId.of("s-1")));
        assertThat(rules.maxOrdersPerHour()).isNull();
    }

    @Test
    void eachFieldAtFaultIsNamedByItsLabelAndNoRulesComeOut() {
        RulesForm form = new RulesForm("0", "100001", "x", "12.345", "CNY", "10081", "MAYBE", "ok bad!", "", "p-1");
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(form.rules(errors)).isNull();

        assertThat(errors).containsOnlyKeys("maxOrdersPerHour", "maxOrdersPerDay", "maxPromotionalUnits", "firstOrderAbove",
                "decideWithinMinutes", "defaultDecision", "blacklist", "promotionalSkus");
        assertThat(errors.get("maxOrdersPerHour")).startsWith("Orders per hour (by one buyer): a whole number from 1 to 100000");
        assertThat(errors.get("decideWithinMinutes")).isEqualTo("Decide within (minutes): a whole number of minutes from 1 to 10080.");
        assertThat(errors.get("blacklist")).endsWith("not bad!.");
        assertThat(errors.get("promotionalSkus")).contains("productId/skuId; not p-1.");
    }

    @Test
    void anUnknownCurrencyIsRefusedByItsOwnField() {
        Map<String, String> errors = new LinkedHashMap<>();

        new RulesForm("", "", "", "10", "XYZW", "60", "APPROVE", "", "", "").rules(errors);

        assertThat(errors).containsOnlyKeys("currency");
    }
}
