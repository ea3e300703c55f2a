package org.convene.oversight;

import java.util.ArrayList;
import java.util.List;
import org.convene.action.AgencyCount;

/** A horizontal bar chart laid out on the server, for an SVG the template draws: no JavaScript, no image files. */
public record BarChart(List<Bar> bars, int width, int height) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 300;
    static final int ROW_HEIGHT = 32;

    public record Bar(String label, long value, int y, int length) {
    }

    static BarChart of(List<AgencyCount> counts) {
        long max = counts.stream().mapToLong(AgencyCount::overdue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            AgencyCount count = counts.get(i);
            int length = max == 0 ? 0 : (int) Math.max(2, Math.round((double) BAR_AREA * count.overdue() / max));
            bars.add(new Bar(count.agency(), count.overdue(), i * ROW_HEIGHT, length));
        }
        return new BarChart(bars, LABEL_WIDTH + BAR_AREA + 60, Math.max(ROW_HEIGHT, counts.size() * ROW_HEIGHT));
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
