package org.convene.web;

import java.util.ArrayList;
import java.util.List;

/** A horizontal bar chart laid out on the server, for an SVG the template draws: no JavaScript, no image files. */
public record BarChart(List<Bar> bars, int width, int height) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 300;
    static final int ROW_HEIGHT = 32;

    public record Bar(String label, long value, int y, int length) {
    }

    /** One bar a count, in the order given, each as long as its value against the largest. */
    public static BarChart of(List<Count> counts) {
        long max = counts.stream().mapToLong(Count::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            int length = max == 0 ? 0 : (int) Math.max(2, Math.round((double) BAR_AREA * count.value() / max));
            bars.add(new Bar(count.label(), count.value(), i * ROW_HEIGHT, length));
        }
        return new BarChart(bars, LABEL_WIDTH + BAR_AREA + 60, Math.max(ROW_HEIGHT, counts.size() * ROW_HEIGHT));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public record Count(String label, long value) {
    }
}
