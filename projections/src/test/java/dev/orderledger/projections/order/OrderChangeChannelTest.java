package dev.orderledger.projections.order;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class OrderChangeChannelTest {

    @Test
    void aBatchOfOrdersIsAnnouncedInNoticesWithinPostgresLimitAndNoIdIsLostOrSplit() {
        List<String> orderIds = IntStream.range(0, 1_000).mapToObj(i -> "1900000000000" + i + "-订单").toList();

        List<String> payloads = OrderChangeChannel.payloads("node-a", orderIds);

        assertThat(payloads).hasSizeGreaterThan(1);
        assertThat(payloads).allSatisfy(payload -> {
            assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8_000);
            assertThat(payload).startsWith("node-a|");
        });
        assertThat(payloads.stream().flatMap(payload -> Arrays.stream(payload.substring("node-a|".length()).split(","))))
                .containsExactlyElementsOf(orderIds);
    }

    @Test
    void aBatchWithoutOrdersAnnouncesNothing() {
        assertThat(OrderChangeChannel.payloads("node-a", List.of())).isEmpty();
        assertThat(OrderChangeChannel.payloads("node-a", List.of("42"))).containsExactly("node-a|42");
    }
}
