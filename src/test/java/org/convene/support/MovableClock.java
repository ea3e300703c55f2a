package org.convene.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time, plus however far a test has moved it forward. Only {@link TimeMachine} moves
 * it, so that it never drifts from the engine's clock. The whole run can start further on:
 * {@code -Dconvene.test.clock-shift=P31D} starts every test's clock, Convene's and the engine's, 31 days after today,
 * to show that no test depends on the day it runs.
 */
public class MovableClock extends Clock {

    /** How far after real time every test context's clocks start: {@code convene.test.clock-shift}, none by default. */
    public static final Duration SHIFT = Duration.parse(System.getProperty("convene.test.clock-shift", "PT0S"));

    private final AtomicReference<Duration> offset = new AtomicReference<>(SHIFT);

    void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
