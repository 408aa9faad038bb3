package dev.orderledger.app.guard;

import dev.orderledger.app.support.LedgerIntegrationTest.User;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The users and the real records the harness sends its requests about: the owners' circle (a buyer
 * and the seller whose product they bought) and a strangers' circle built the same way, an admin and
 * a category. Gives the value a parameter or field of a given name takes for the owner, the foreign
 * ids that can stand in for it, and what an answer must not show to whom.
 */
record Cast(User admin, Circle owners, Circle strangers, String categoryId, String runKey) {

    /**
     * A buyer and a seller with a product on shelf, a coupon template and the buyer's coupon of it, a paid
     * and shipped order with a refund requested, an order awaiting payment, and what only they may see.
     */
    record Circle(User buyer, User seller, String productId, String templateId, String couponId, String paidOrderId,
                  String pendingOrderId, String payOrderId, String refundId, List<String> secrets) {

        String skuId() {
            return productId + "-sku";
        }

        boolean has(User user) {
            return user == buyer || user == seller;
        }
    }

    /** The user a caller is for an operation whose owner has this role; null for the anonymous caller. */
    User user(Caller caller, Caller.Role owner) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case OWNER -> owner == Caller.Role.ADMIN ? admin : owner == Caller.Role.SELLER ? owners.seller() : owners.buyer();
            case FOREIGN -> owner == Caller.Role.SELLER ? strangers.seller() : strangers.buyer();
        };
    }

    /** The owner's value for a path variable or body field of this name, or null when the name says nothing. */
    String value(String name, boolean inBody) {
        return switch (name) {
            case "orderId" -> owners.paidOrderId();
            case "orderIds" -> owners.pendingOrderId();
            case "payOrderId", "requestId" -> owners.payOrderId();
            case "refundId" -> owners.refundId();
            case "productId" -> owners.productId();
            case "skuId" -> owners.skuId();
            case "templateId" -> owners.templateId();
            case "couponId" -> owners.couponId();
            case "userId", "buyerId" -> owners.buyer().userId();
            case "sellerId", "seller" -> owners.seller().userId();
            case "accountId" -> "buyer-wallet:" + owners.buyer().userId();
            case "from", "to" -> inBody ? (name.equals("from") ? "platform-marketing:0" : "buyer-wallet:" + owners.buyer().userId()) : null;
            case "day" -> LocalDate.now(ZoneOffset.UTC).toString();
            case "name" -> inBody ? "fuzz" : "intervention-views";
            case "eventId" -> "00000000-0000-0000-0000-000000000000";
            case "interventionId" -> "payment:" + owners.payOrderId();
            case "categoryId", "parentId", "category" -> categoryId;
            case "reference" -> "ful-" + owners.paidOrderId();
            case "key" -> "fz-" + runKey;
            case "transferId" -> "fz-transfer-" + runKey;
            case "email" -> "fz-" + runKey + "@ledger.test";
            case "login" -> owners.buyer().email();
            case "password" -> "fuzz-pass-1";
            case "phone" -> "+86 139 0000 0000";
            case "code" -> "123456";
            case "currency" -> "CNY";
            case "holdFor" -> "PT30M";
            case "attr" -> "colour:red";
            case "imageUrls" -> "https://img.example.com/fz-" + runKey + ".jpg";
            // a webhook's: a host that never resolves, and a secret long enough
            case "url" -> "https://hooks.invalid/fz";
            case "secret" -> "fz-secret-" + runKey;
            default -> null;
        };
    }

    /** Ids that stand where this one is expected: the strangers' record of the same kind, then records of other kinds. */
    List<String> foreignIds(String name) {
        Circle them = strangers;
        return switch (name) {
            case "orderId", "orderIds" -> List.of(them.paidOrderId(), them.pendingOrderId());
            case "payOrderId", "requestId" -> List.of(them.payOrderId(), owners.productId(), owners.refundId());
            case "refundId" -> List.of(them.refundId(), owners.productId(), owners.payOrderId(), owners.templateId());
            case "productId" -> List.of(them.productId(), owners.templateId(), owners.refundId());
            case "skuId" -> List.of(them.skuId(), owners.productId());
            case "templateId" -> List.of(them.templateId(), owners.productId(), owners.payOrderId());
            case "couponId" -> List.of(them.couponId(), owners.templateId(), owners.productId());
            case "userId", "buyerId" -> List.of(them.buyer().userId(), owners.seller().userId());
            case "sellerId", "seller" -> List.of(them.seller().userId());
            case "accountId", "from", "to" -> List.of("buyer-wallet:" + them.buyer().userId(), "seller:" + them.seller().userId());
            case "categoryId", "parentId", "brandId", "attributeId", "attributeIds" -> List.of(owners.productId(), owners.templateId());
            case "transferId" -> List.of(owners.productId(), owners.payOrderId());
            case "reference" -> List.of("ful-" + them.paidOrderId(), them.payOrderId());
            case "interventionId" -> List.of("payment:" + them.payOrderId());
            default -> List.of();
        };
    }

    /** What this user must never see: the other circle's records and every other user's email and token. */
    Set<String> hiddenFrom(User user) {
        Set<String> hidden = new LinkedHashSet<>();
        if (user == admin) {
            return hidden;
        }
        for (Circle circle : List.of(owners, strangers)) {
            if (user == null || !circle.has(user)) {
                hidden.addAll(circle.secrets());
            }
        }
        Stream.of(owners.buyer(), owners.seller(), strangers.buyer(), strangers.seller(), admin)
                .filter(other -> other != user)
                .forEach(other -> {
                    hidden.add(other.token());
                    hidden.add(other.email());
                });
        return hidden;
    }

    static List<String> secretsOf(String... values) {
        List<String> secrets = new ArrayList<>();
        for (String value : values) {
            if (value != null && value.length() >= 5) {
                secrets.add(value);
            }
        }
        return List.copyOf(secrets);
    }
}
