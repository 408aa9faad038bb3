package dev.orderledger.notification.webhook;

import dev.orderledger.api.common.InvalidValue;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressPolicyTest {

    private final AddressPolicy production = new AddressPolicy(false);
    private final AddressPolicy development = new AddressPolicy(true);

    @Test
    void aWebhookIsHttpsWithAHostAndNoUserInfoOrFragment() {
        assertThat(production.requireAllowed("https://shop.example/hooks/ledger?v=1"))
                .isEqualTo(URI.create("https://shop.example/hooks/ledger?v=1"));
        for (String refused : new String[] {"http://shop.example/hook", "ftp://shop.example", "https:///nohost",
                "https://user:pw@shop.example/hook", "https://shop.example/hook#part", "not a url", "shop.example/hook"}) {
            assertThatThrownBy(() -> production.requireAllowed(refused)).as(refused)
                    .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("url"));
        }
    }

    @Test
    void loopbackPrivateAndLinkLocalAddressesAreRefusedUnlessAllowed() {
        for (String inside : new String[] {"https://localhost/hook", "https://127.0.0.1:8443/hook", "https://10.1.2.3/hook",
                "https://192.168.0.10/hook", "https://172.16.5.4/hook", "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[::1]/hook", "https://[fd00::1]/hook",
                "https://[::ffff:10.0.0.1]/hook", "https://api.localhost/hook"}) {
            assertThatThrownBy(() -> production.requireAllowed(inside)).as(inside).isInstanceOf(InvalidValue.class);
            assertThat(development.requireAllowed(inside)).as(inside).isNotNull();
        }
        assertThat(production.requireAllowed("https://93.184.215.14/hook")).isNotNull();
    }

    @Test
    void anAttemptDoesNotConnectWhereTheHostResolvesToAPrivateAddress() {
        assertThat(production.refusal(URI.create("https://127.0.0.1:9/hook"))).isPresent();
        assertThat(production.refusal(URI.create("https://localhost:9/hook"))).isPresent();
        assertThat(development.refusal(URI.create("https://127.0.0.1:9/hook"))).isEmpty();
        assertThat(production.refusal(URI.create("https://93.184.215.14/hook"))).isEmpty();
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("2001:4860:4860::8888"))).isTrue();
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("100.128.0.1"))).isTrue();
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("240.0.0.1"))).isFalse();
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("fe80::1"))).isFalse();
    }
}
