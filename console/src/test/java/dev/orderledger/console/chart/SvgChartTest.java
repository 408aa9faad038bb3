package dev.orderledger.console.chart;

import dev.orderledger.console.chart.SvgChart.Bar;
import dev.orderledger.console.chart.SvgChart.Point;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgChartTest {

    // the plot spans x 90..624 and y 16..204 (WIDTH 640, HEIGHT 240, margins 90, 16, 16, 36)

    @Test
    void aStepLineHoldsEachValueUntilTheNextPointOnAScaleFromZeroToTheHighest() {
        String svg = SvgChart.steps("balance", "Balance", "From 0 to 100", List.of(
                new Point(0, new BigDecimal("0.00")), new Point(10, new BigDecimal("50.00")),
                new Point(20, new BigDecimal("100.00"))), "day 1", "day 3");

        assertThat(svg).contains("d=\"M90.0,204.0 H357.0 V110.0 H624.0 V16.0\"")
                .contains("<text x=\"84.0\" y=\"21.0\" text-anchor=\"end\">100.00</text>")
                .contains("<text x=\"90.0\" y=\"230.0\" text-anchor=\"start\">day 1</text>")
                .contains("<text x=\"624.0\" y=\"230.0\" text-anchor=\"end\">day 3</text>")
                .contains("class=\"zero\" x1=\"90.0\" y1=\"204.0\" x2=\"624.0\" y2=\"204.0\"");
    }

    @Test
    void negativeValuesPutZeroInsideTheScaleAndTheLowestIsLabelledExactly() {
        String svg = SvgChart.steps("clearing", "Clearing", "Below zero", List.of(
                new Point(0, new BigDecimal("-30.10")), new Point(1, new BigDecimal("10.00"))), "a", "b");

        // high 10.00, low -30.10: span 40.10; zero sits at 16 + 10/40.1*188 = 62.9
        assertThat(svg).contains("d=\"M90.0,204.0 H624.0 V16.0\"")
                .contains("class=\"zero\" x1=\"90.0\" y1=\"62.9\"")
                .contains(">-30.10</text>", ">10.00</text>");
    }

    @Test
    void oneInstantIsAFlatLineAcrossTheWholePlot() {
        String svg = SvgChart.steps("one", "One", "One posting", List.of(new Point(5, new BigDecimal("176.00"))), "x", "x");

        assertThat(svg).contains("d=\"M90.0,16.0 H624.0\"");
    }

    @Test
    void barsAreAsLongAsTheirValueAgainstTheLargestAndCarryTheirExactValue() {
        String svg = SvgChart.bars("flows", "Flows", "Two flows", List.of(
                new Bar("platform-gateway → platform-clearing CNY", new BigDecimal("176.00")),
                new Bar("platform-clearing → seller CNY", new BigDecimal("44.00"))));

        // room for a bar: 640 - 16 - 16 - 110 = 498
        assertThat(svg).contains("viewBox=\"0 0 640.0 120.0\"")
                .contains("<rect class=\"bar\" x=\"16\" y=\"34.0\" width=\"498.0\" height=\"18.0\"/>")
                .contains("<rect class=\"bar\" x=\"16\" y=\"78.0\" width=\"124.5\" height=\"18.0\"/>")
                .contains(">176.00</text>", ">44.00</text>", ">platform-clearing → seller CNY</text>");
    }

    @Test
    void aBarBelowZeroIsRefused() {
        assertThatThrownBy(() -> SvgChart.bars("x", "x", "x", List.of(new Bar("minus", new BigDecimal("-1")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChartIsAnImageNamedByItsTitleAndDescriptionWithEveryTextEscaped() {
        String svg = SvgChart.bars("q\"", "<script>alert(1)</script>", "Tom & Jerry's", List.of());

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"q&quot;\"")
                .contains("role=\"img\" aria-labelledby=\"q&quot;-title q&quot;-desc\"")
                .contains("<title id=\"q&quot;-title\">&lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("<desc id=\"q&quot;-desc\">Tom &amp; Jerry&#39;s</desc>")
                .contains(">Nothing to draw</text>")
                .doesNotContain("<script>")
                .endsWith("</svg>");
    }
}
