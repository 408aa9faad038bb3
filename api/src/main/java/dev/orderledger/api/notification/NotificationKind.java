package dev.orderledger.api.notification;

import dev.orderledger.api.order.OrderStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of news the ledger tells, in one place: what the order's status is after it (when the
 * news changes it), who hears it and in what words, whether the buyer also gets it by SMS, and whether
 * a seller's webhook can subscribe to it. A new kind is one entry here and one mapping handler in
 * {@code feed.NotificationFeed}. Texts are templates: {@code {order}}, {@code {refund}} and the news'
 * details ({@code {carrier}}, {@code {reason}}...) are filled in; a null text means that party is not told.
 */
public enum NotificationKind {

    ORDER_PLACED(OrderStatus.PENDING_PAYMENT, false,
            "Your order {order} is placed and awaits payment.",
            "New order {order} awaits the buyer's payment."),
    /** Review rules stopped the order (seed 004 订单审核): the buyer is told it awaits confirmation, never why. */
    ORDER_UNDER_REVIEW(OrderStatus.UNDER_REVIEW, false,
            "Your order {order} is awaiting confirmation; you can pay it once it is confirmed.",
            "Order {order} awaits the platform's confirmation before its buyer can pay."),
    ORDER_DEPOSIT_PAID(OrderStatus.DEPOSIT_PAID, false,
            "The deposit of your order {order} is paid; the balance is due later.",
            "The deposit of order {order} is paid."),
    ORDER_PAID(OrderStatus.PAID, true,
            "Your order {order} is paid.",
            "Order {order} is paid and ready to ship."),
    ORDER_SHIPPED(OrderStatus.FULFILLING, true,
            "Your order {order} has shipped ({carrier} {trackingNumber}).",
            "Order {order} has shipped ({carrier} {trackingNumber})."),
    ORDER_DELIVERED(OrderStatus.FULFILLING, false,
            "Your order {order} was delivered.",
            "Order {order} was delivered to the buyer."),
    ORDER_CANCELLED(OrderStatus.CANCELLED, false,
            "Your order {order} was cancelled ({reason}).",
            "Order {order} was cancelled ({reason})."),
    REFUND_REQUESTED(null, false,
            "Your refund {refund} of {amount} for order {order} was requested.",
            "A refund {refund} of {amount} was requested for order {order}."),
    /** The seller cannot supply some units (seed 004 报缺): they are refunded at once. */
    ORDER_SHORTAGE(null, false,
            "The seller cannot supply {units} of your order {order}; {amount} is refunded to you.",
            "You reported {units} of order {order} short; {amount} goes back to the buyer."),
    REFUND_DECIDED(null, false,
            "Your refund {refund} for order {order} was {decision}.",
            "Refund {refund} for order {order} was {decision}."),
    ORDER_REFUNDED(null, true,
            "{amount} of your order {order} was refunded.",
            "{amount} of order {order} was refunded to the buyer."),
    /** Not order news: a seller's webhook endpoint kept failing and was disabled. Never sent to a webhook. */
    WEBHOOK_DISABLED(null, false,
            null,
            "Your webhook {url} was disabled after {failures} failed deliveries in a row; enable it again once it answers.");

    /** Who is told. */
    public enum Audience { BUYER, SELLER }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final OrderStatus orderStatus;
    private final boolean smsToBuyer;
    private final String buyerText;
    private final String sellerText;

    NotificationKind(OrderStatus orderStatus, boolean smsToBuyer, String buyerText, String sellerText) {
        this.orderStatus = orderStatus;
        this.smsToBuyer = smsToBuyer;
        this.buyerText = buyerText;
        this.sellerText = sellerText;
    }

    /** The order's status after this news, or null when the news does not move it (a refund's decision). */
    public OrderStatus orderStatus() {
        return orderStatus;
    }

    /** Whether the buyer also gets this news by SMS (paid, shipped, refunded: seed 004). */
    public boolean smsToBuyer() {
        return smsToBuyer;
    }

    /** Whether a seller's webhook may subscribe to this kind: every kind of order news. */
    public boolean forWebhooks() {
        return this != WEBHOOK_DISABLED;
    }

    /** Whether this party is told at all. */
    public boolean tells(Audience audience) {
        return template(audience) != null;
    }

    /** The kinds a webhook can subscribe to. */
    public static List<NotificationKind> webhookKinds() {
        return Arrays.stream(values()).filter(NotificationKind::forWebhooks).toList();
    }

    /**
     * The text for this party with the values filled in; a placeholder without a value is left as it
     * is, so a missing detail shows instead of failing the news.
     */
    public String text(Audience audience, Map<String, String> values) {
        String template = template(audience);
        if (template == null) {
            throw new IllegalArgumentException(this + " tells no " + audience);
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
        }
        return placeholder.appendTail(text).toString();
    }

    private String template(Audience audience) {
        return audience == Audience.BUYER ? buyerText : sellerText;
    }
}
