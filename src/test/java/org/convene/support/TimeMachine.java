package org.convene.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Moves Convene's clock and the engine's clock forward together, so that timers fire as they would when
 * that time had passed, without waiting for it.
 */
public class TimeMachine {

    private final MovableClock clock;
    private final EngineClock engine;

    public TimeMachine(MovableClock clock, EngineClock engine) {
        this.clock = clock;
        this.engine = engine;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clockIn(ZoneId zone) {
        return clock.withZone(zone);
    }

    public boolean isWorkingDay() {
        return org.convene.calendar.WorkingDayCalendar.englandAndWales(List.of()).isWorkingDay(today());
    }

    /** Today in the council's time zone, by Convene's (moved) clock. */
    public LocalDate today() {
        return LocalDate.now(clockIn(ZoneId.of("Europe/London")));
    }

    public void advance(Duration duration) {
        clock.advance(duration);
        engine.increaseTime(duration);
    }

    /**
     * Moves both clocks without waiting for the engine to work off what fell due: for benchmarks, which wait on
     * their own conditions however long the engine takes.
     */
    public void jump(Duration duration) {
        clock.advance(duration);
        engine.jump(duration);
    }

    /** Moves both clocks to just after {@code instant} (nothing happens if that is already past). */
    public void advanceTo(Instant instant) {
        Duration distance = Duration.between(clock.instant(), instant.plusSeconds(1));
        if (!distance.isNegative()) {
            advance(distance);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock(ObjectProvider<EngineClock> remote) {
            MovableClock clock = new MovableClock();
            remote.ifAvailable(engine -> clock.advance(engine.moved()));
            return clock;
        }

        /** The embedded engine's clock, or the clock of the engine process a test registered as an {@link EngineClock}. */
        @Bean
        TimeMachine timeMachine(MovableClock clock, ObjectProvider<EngineClock> remote, ObjectProvider<ZeebeTestEngine> embedded) {
            return new TimeMachine(clock, remote.getIfAvailable(() -> EngineClock.of(embedded.getObject())));
        }

        /** The engine's clock starts where {@link MovableClock} does, before anything is deployed to it. */
        @Bean
        static BeanPostProcessor engineClockShift() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof ZeebeTestEngine engine && !MovableClock.SHIFT.isZero()) {
                        engine.increaseTime(MovableClock.SHIFT);
                    }
                    return bean;
                }
            };
        }
    }
}
