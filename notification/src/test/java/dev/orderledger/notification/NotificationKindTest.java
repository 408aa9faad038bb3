package dev.orderledger.notification;

import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.api.notification.NotificationKind.Audience;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationKindTest {

    @Test
    void onlyPaidShippedAndRefundedOrdersReachTheBuyerBySms() {
        assertThat(NotificationKind.values()).filteredOn(NotificationKind::smsToBuyer)
                .containsExactlyInAnyOrder(NotificationKind.ORDER_PAID, NotificationKind.ORDER_SHIPPED, NotificationKind.ORDER_REFUNDED);
    }

    @Test
    void webhooksTakeEveryKindOfOrderNewsButNotTheNewsOfAWebhook() {
        assertThat(NotificationKind.webhookKinds()).contains(NotificationKind.ORDER_PLACED, NotificationKind.REFUND_DECIDED)
                .doesNotContain(NotificationKind.WEBHOOK_DISABLED);
    }

    @Test
    void aDisabledWebhookIsToldToItsSellerOnly() {
        NotificationKind kind = NotificationKind.WEBHOOK_DISABLED;

        assertThat(kind.tells(Audience.BUYER)).isFalse();
        assertThat(kind.text(Audience.SELLER, Map.of("url", "https://shop.example/hook", "failures", "5")))
                .isEqualTo("Your webhook https://shop.example/hook was disabled after 5 failed deliveries in a row;"
                        + " enable it again once it answers.");
        assertThatThrownBy(() -> kind.text(Audience.BUYER, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreTakenLiterallyNotAsPatterns() {
        assertThat(NotificationKind.ORDER_CANCELLED.text(Audience.BUYER, Map.of("order", "1", "reason", "$1 \\ {x}")))
                .isEqualTo("Your order 1 was cancelled ($1 \\ {x}).");
    }
}
