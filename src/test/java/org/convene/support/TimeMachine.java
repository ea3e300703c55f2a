package org.convene.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Moves Convene's clock and the embedded engine's clock forward together, so that timers fire as they would when
 * that time had passed, without waiting for it.
 */
public class TimeMachine {

    /** How long {@link #awaitQuiet} waits for nothing to change while the engine still counts a job as handed out. */
    private static final Duration STILL_WITH_A_JOB_HANDED_OUT = Duration.ofSeconds(10);

    private final MovableClock clock;
    private final ZeebeTestEngine engine;

    public TimeMachine(MovableClock clock, ZeebeTestEngine engine) {
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
        waitForEngine();
    }

    /**
     * Moves both clocks without waiting for the engine to work off what fell due: for benchmarks, which wait on
     * their own conditions however long the engine takes.
     */
    public void jump(Duration duration) {
        clock.advance(duration);
        engine.increaseTime(duration);
    }

    /** Moves both clocks to just after {@code instant} (nothing happens if that is already past). */
    public void advanceTo(Instant instant) {
        Duration distance = Duration.between(clock.instant(), instant.plusSeconds(1));
        if (!distance.isNegative()) {
            advance(distance);
        }
    }

    /**
     * Waits until the engine is idle, no worker holds a job it has not finished, and {@code progress} (how far the audit
     * trail has got, say) has stood still for a second: for a test that needs the database to itself while workers
     * finish what earlier clock moves released. An idle engine alone is not enough: it is idle while a worker is still
     * rendering an agenda it was handed. A job can also stay handed out with nobody working on it (an activation whose
     * answer never reached the worker waits for its timeout, which only moving the engine's clock brings), so once
     * {@code progress} has stood still for {@link #STILL_WITH_A_JOB_HANDED_OUT}, that is quiet enough.
     */
    public void awaitQuiet(LongSupplier progress) {
        waitForEngine();
        AtomicLong last = new AtomicLong(progress.getAsLong());
        AtomicLong changedAt = new AtomicLong(System.nanoTime());
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofMinutes(1)).until(() -> {
            long now = progress.getAsLong();
            if (last.getAndSet(now) != now) {
                changedAt.set(System.nanoTime());
                return false;
            }
            return jobsHeldByWorkers().isEmpty() || System.nanoTime() - changedAt.get() > STILL_WITH_A_JOB_HANDED_OUT.toNanos();
        });
    }

    /**
     * The jobs handed to a worker and not yet completed, failed, thrown as an error, cancelled, timed out or given back.
     * A job that waits for a retry, or for a worker of a type nobody runs here, is held by nobody.
     */
    private Set<Long> jobsHeldByWorkers() {
        Set<Long> held = new HashSet<>();
        for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
            if (record.getRecordType() != RecordType.EVENT) {
                continue;
            }
            if (record.getValueType() == ValueType.JOB_BATCH && record.getIntent() == JobBatchIntent.ACTIVATED) {
                held.addAll(((JobBatchRecordValue) record.getValue()).getJobKeys());
            } else if (record.getValueType() == ValueType.JOB && record.getIntent() instanceof JobIntent intent && switch (intent) {
                case COMPLETED, FAILED, ERROR_THROWN, CANCELED, TIMED_OUT, YIELDED -> true;
                default -> false;
            }) {
                held.remove(record.getKey());
            }
        }
        return held;
    }

    private void waitForEngine() {
        try {
            engine.waitForIdleState(Duration.ofMinutes(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            throw new IllegalStateException("The engine did not settle after moving its clock", e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        TimeMachine timeMachine(MovableClock clock, ZeebeTestEngine engine) {
            return new TimeMachine(clock, engine);
        }
    }
}
