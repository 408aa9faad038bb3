package dev.orderledger.console.risk;

import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.security.UserId;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The review rules as the console's form carries them, every field text: filled from the rules in force, and
 * read back into {@link ReviewRules} within the bounds the rules set, each refusal under its field's label. An
 * empty limit is no limit; lists take their entries one a line (or separated by spaces or commas); a promotional
 * SKU is {@code productId/skuId}.
 */
record RulesForm(String maxOrdersPerHour, String maxOrdersPerDay, String maxPromotionalUnits, String firstOrderAbove,
                 String currency, String decideWithinMinutes, String defaultDecision, String blacklist, String whitelist,
                 String promotionalSkus) {

    private static final Pattern NAME = Pattern.compile(Identifiers.NAME_REGEX);
    private static final Pattern CATALOGUE_ID = Pattern.compile(Identifiers.CATALOGUE_ID_REGEX);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final long SHORTEST = ReviewRules.SHORTEST_DECIDE_WITHIN.toMinutes();
    private static final long LONGEST = ReviewRules.LONGEST_DECIDE_WITHIN.toMinutes();

    static RulesForm of(ReviewRules rules) {
        return new RulesForm(text(rules.maxOrdersPerHour()), text(rules.maxOrdersPerDay()), text(rules.maxPromotionalUnits()),
                rules.firstOrderAbove() == null ? "" : rules.firstOrderAbove().amount().toPlainString(),
                rules.firstOrderAbove() == null ? "CNY" : rules.firstOrderAbove().currency().getCurrencyCode(),
                String.valueOf(rules.decideWithin().toMinutes()), rules.defaultDecision().name(),
                lines(rules.blacklist(), UserId::value), lines(rules.whitelist(), UserId::value),
                lines(rules.promotionalSkus(), sku -> sku.productId().value() + "/" + sku.skuId().value()));
    }

    /** The rules this form says, or null with each field at fault (by name) and why in {@code errors}. */
    ReviewRules rules(Map<String, String> errors) {
        Integer perHour = limit("maxOrdersPerHour", maxOrdersPerHour, errors);
        Integer perDay = limit("maxOrdersPerDay", maxOrdersPerDay, errors);
        Integer units = limit("maxPromotionalUnits", maxPromotionalUnits, errors);
        Money firstOrder = amount(errors);
        Duration decideWithin = null;
        try {
            long minutes = Long.parseLong(blankToEmpty(decideWithinMinutes));
            if (minutes >= SHORTEST && minutes <= LONGEST) {
                decideWithin = Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        if (decideWithin == null) {
            errors.put("decideWithinMinutes", LABELS.get("decideWithinMinutes") + ": a whole number of minutes from " + SHORTEST + " to " + LONGEST + ".");
        }
        ReviewDecision decision = Arrays.stream(ReviewDecision.values()).filter(d -> d.name().equals(defaultDecision))
                .findFirst().orElse(null);
        if (decision == null) {
            errors.put("defaultDecision", LABELS.get("defaultDecision") + ": choose approve or reject.");
        }
        Set<UserId> black = users("blacklist", blacklist, errors);
        Set<UserId> white = users("whitelist", whitelist, errors);
        Set<SkuRef> skus = skus(errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ReviewRules(black, white, perHour, perDay, skus, units, firstOrder, decideWithin, decision);
    }

    private static Integer limit(String field, String value, Map<String, String> errors) {
        String given = blankToEmpty(value);
        if (given.isEmpty()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(given);
            if (limit >= 1 && limit <= ReviewRules.HIGHEST_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        errors.put(field, LABELS.get(field) + ": a whole number from 1 to " + ReviewRules.HIGHEST_LIMIT + ", or empty for no limit.");
        return null;
    }

    private Money amount(Map<String, String> errors) {
        String given = blankToEmpty(firstOrderAbove);
        if (given.isEmpty()) {
            return null;
        }
        String code = blankToEmpty(currency).toUpperCase(java.util.Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            errors.put("currency", LABELS.get("currency") + ": a three-letter ISO 4217 code, such as CNY.");
            return null;
        }
        try {
            Money money = Money.of(new BigDecimal(given), code);
            if (money.amount().signum() > 0 && money.amount().compareTo(new BigDecimal(Amount.MAX)) <= 0) {
                return money;
            }
        } catch (RuntimeException unreadable) {
            // a number with too many decimals, or no number: refused below
        }
        errors.put("firstOrderAbove", LABELS.get("firstOrderAbove") + ": an amount more than 0 and at most " + Amount.MAX
                + " with at most the currency's decimals, or empty for no limit.");
        return null;
    }

    private static Set<UserId> users(String field, String value, Map<String, String> errors) {
        Set<String> entries = entries(value);
        Set<String> bad = entries.stream().filter(entry -> !NAME.matcher(entry).matches()).collect(Collectors.toSet());
        if (!bad.isEmpty() || entries.size() > ReviewRules.LONGEST_LIST) {
            errors.put(field, LABELS.get(field) + ": at most " + ReviewRules.LONGEST_LIST + " user ids of 1 to 64 letters, digits, _ or -"
                    + (bad.isEmpty() ? "." : "; not " + String.join(", ", bad.stream().sorted().limit(5).toList()) + "."));
            return null;
        }
        return entries.stream().map(UserId::of).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<SkuRef> skus(Map<String, String> errors) {
        Set<String> entries = entries(promotionalSkus);
        Set<SkuRef> skus = new LinkedHashSet<>();
        for (String entry : entries) {
            String[] parts = entry.split("/", -1);
            if (parts.length != 2 || !CATALOGUE_ID.matcher(parts[0]).matches() || !CATALOGUE_ID.matcher(parts[1]).matches()) {
                errors.put("promotionalSkus", LABELS.get("promotionalSkus") + ": each is productId/skuId; not " + entry + ".");
                return null;
            }
            skus.add(new SkuRef(ProductId.of(parts[0]), SkuId.of(parts[1])));
        }
        if (skus.size() > ReviewRules.MOST_PROMOTIONAL_SKUS) {
            errors.put("promotionalSkus", LABELS.get("promotionalSkus") + ": at most " + ReviewRules.MOST_PROMOTIONAL_SKUS + ".");
            return null;
        }
        return skus;
    }

    /** The label of each field, as the page shows it and its refusals name it. */
    static final Map<String, String> LABELS = Map.of("maxOrdersPerHour", "Orders per hour (by one buyer)",
            "maxOrdersPerDay", "Orders per day (by one buyer)", "maxPromotionalUnits", "Promotional units per buyer",
            "firstOrderAbove", "First order above (amount)", "currency", "Currency",
            "decideWithinMinutes", "Decide within (minutes)", "defaultDecision", "Default decision (when nobody decides in time)",
            "blacklist", "Blacklist (user ids, one a line)", "whitelist", "Whitelist (user ids, one a line)",
            "promotionalSkus", "Promotional SKUs (productId/skuId, one a line)");

    private static Set<String> entries(String value) {
        return Arrays.stream(SEPARATORS.split(blankToEmpty(value))).filter(entry -> !entry.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static <T> String lines(Set<T> values, Function<T, String> text) {
        return values.stream().map(text).sorted().collect(Collectors.joining("\n"));
    }
}
