package dev.orderledger.console.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The console's charts, drawn on the server as SVG (ADR 0029: no chart library, no script): a step line for a value
 * over time (an account's balance, the intervention queue's length) and horizontal bars for labelled values (a day's
 * money flows). Each chart is an image with a {@code <title>} and a {@code <desc>} for screen readers; the page puts
 * the same figures in a table beside it. Values stay exact: they are printed as given, and turned into doubles for
 * the geometry only. Every text is escaped, so the markup may be written into a page as it is.
 */
public final class SvgChart {

    static final double WIDTH = 640;
    static final double HEIGHT = 240;
    static final double LEFT = 90;
    static final double RIGHT = 16;
    static final double TOP = 16;
    static final double BOTTOM = 36;
    static final double ROW = 44;
    static final double BAR = 18;

    private SvgChart() {
    }

    /** A value at a place along the x axis, in any unit that grows with time (epoch seconds, epoch days). */
    public record Point(double x, BigDecimal value) {
    }

    /** A labelled value, drawn as one bar. */
    public record Bar(String label, BigDecimal value) {
    }

    /**
     * A step line through the points (in x order): each value holds until the next point. The y axis runs from the
     * lowest value (or zero) to the highest (or zero), labelled with both; the x axis is labelled at its two ends.
     */
    public static String steps(String id, String title, String description, List<Point> points, String firstLabel,
                               String lastLabel) {
        StringBuilder svg = open(id, title, description, HEIGHT);
        if (points.isEmpty()) {
            return nothingToDraw(svg, HEIGHT);
        }
        double minX = points.stream().mapToDouble(Point::x).min().orElseThrow();
        double maxX = points.stream().mapToDouble(Point::x).max().orElseThrow();
        BigDecimal low = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal high = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double span = high.subtract(low).signum() == 0 ? 1 : high.subtract(low).doubleValue();
        StringBuilder path = new StringBuilder();
        for (Point point : points) {
            double x = maxX == minX ? LEFT : LEFT + (point.x() - minX) / (maxX - minX) * plotWidth;
            double y = TOP + high.subtract(point.value()).doubleValue() / span * plotHeight;
            path.append(path.isEmpty() ? "M" + number(x) + "," + number(y) : " H" + number(x) + " V" + number(y));
        }
        if (maxX == minX) {
            path.append(" H").append(number(LEFT + plotWidth));
        }
        double zero = TOP + high.doubleValue() / span * plotHeight;
        line(svg, "axis", LEFT, TOP, LEFT, TOP + plotHeight);
        line(svg, "zero", LEFT, zero, LEFT + plotWidth, zero);
        text(svg, "end", LEFT - 6, TOP + 5, high.toPlainString());
        if (low.signum() != 0 || high.signum() != 0) {
            text(svg, "end", LEFT - 6, TOP + plotHeight + 5, low.toPlainString());
        }
        text(svg, "start", LEFT, HEIGHT - 10, firstLabel);
        text(svg, "end", LEFT + plotWidth, HEIGHT - 10, lastLabel);
        svg.append("<path class=\"series\" fill=\"none\" d=\"").append(path).append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar per value (none below zero), from zero to the largest; each labelled above, its value after it. */
    public static String bars(String id, String title, String description, List<Bar> bars) {
        double height = TOP + Math.max(1, bars.size()) * ROW + TOP;
        StringBuilder svg = open(id, title, description, height);
        if (bars.isEmpty()) {
            return nothingToDraw(svg, height);
        }
        BigDecimal largest = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        double room = WIDTH - RIGHT - 16 - 110;
        for (int row = 0; row < bars.size(); row++) {
            Bar bar = bars.get(row);
            if (bar.value().signum() < 0) {
                throw new IllegalArgumentException("a bar is not below zero: " + bar.label() + " " + bar.value());
            }
            double top = TOP + row * ROW;
            double width = largest.signum() == 0 ? 0 : bar.value().doubleValue() / largest.doubleValue() * room;
            text(svg, "start", 16, top + 12, bar.label());
            svg.append("<rect class=\"bar\" x=\"16\" y=\"").append(number(top + 18)).append("\" width=\"")
                    .append(number(width)).append("\" height=\"").append(number(BAR)).append("\"/>");
            text(svg, "start", 16 + width + 6, top + 32, bar.value().toPlainString());
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, double height) {
        String safeId = escape(id);
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(safeId)
                .append("\" viewBox=\"0 0 ").append(number(WIDTH)).append(' ').append(number(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId)
                .append("-desc\"><title id=\"").append(safeId).append("-title\">").append(escape(title))
                .append("</title><desc id=\"").append(safeId).append("-desc\">").append(escape(description))
                .append("</desc>");
    }

    private static String nothingToDraw(StringBuilder svg, double height) {
        text(svg, "middle", WIDTH / 2, height / 2, "Nothing to draw");
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, String kind, double x1, double y1, double x2, double y2) {
        svg.append("<line class=\"").append(kind).append("\" x1=\"").append(number(x1)).append("\" y1=\"")
                .append(number(y1)).append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2)).append("\"/>");
    }

    private static void text(StringBuilder svg, String anchor, double x, double y, String words) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\">").append(escape(words)).append("</text>");
    }

    /** A coordinate with one decimal, whatever the locale. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '&' -> safe.append("&amp;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
