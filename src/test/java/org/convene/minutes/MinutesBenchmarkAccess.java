package org.convene.minutes;

import org.springframework.boot.test.context.TestComponent;

/** Lets the benchmarks render a reader's PDF copy as the page does, without going through HTTP. */
@TestComponent
public class MinutesBenchmarkAccess {

    private final MinutesService minutes;
    private final MinutesRenderer renderer;

    MinutesBenchmarkAccess(MinutesService minutes, MinutesRenderer renderer) {
        this.minutes = minutes;
        this.renderer = renderer;
    }

    public byte[] pdf(String username, long meetingId, int version) {
        return renderer.pdf(minutes.copyFor(username, meetingId, version));
    }
}
