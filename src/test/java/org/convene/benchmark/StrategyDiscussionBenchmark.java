package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.MeetingService;
import org.convene.strategy.StrategyRecord;
import org.convene.support.Concerns;
import org.convene.minutes.EntryKind;
import org.convene.minutes.MinutesBenchmarkAccess;
import org.convene.minutes.MinutesService;
import org.convene.strategy.Section47Decision;
import org.convene.minutes.Visibility;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * On the embedded default: strategy discussions raised and convened, one after another, until every invitation is in
 * the outbox, against the bare engine running the same two processes with workers that do nothing. The two take turns,
 * round after round in one run, each warmed up first, so that both meet the machine in the same state; the ratio held
 * to the goal is the median of the rounds'. Then minutes PDF rendering for a long record.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=StrategyDiscussionBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
@org.springframework.context.annotation.Import(MinutesBenchmarkAccess.class)
class StrategyDiscussionBenchmark {

    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 500);
    private static final int ROUNDS = 5;
    private static final int PDF_RENDERS = 50;

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired MinutesBenchmarkAccess minutesAccess;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired Concerns concerns;
    @Autowired StrategyRecord strategyRecord;
    @Autowired JdbcTemplate jdbc;

    private List<Invitee> required;
    private long chair;
    private Instant startsAt;

    @Test
    void convening() throws IOException {
        Map<AgencyKind, Agency> agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
        required = List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()),
                Invitee.agency(agencies.get(AgencyKind.POLICE).id()), Invitee.agency(agencies.get(AgencyKind.HEALTH).id()));
        chair = directory.personByUsername("cara.chair").orElseThrow().id();
        startsAt = calendar.addWorkingDays(time.today(), 3).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        try (BareEngine bare = new BareEngine(Path.of("bpmn", "strategy-discussion.bpmn"), Path.of("bpmn", "meeting.bpmn"));
             BareEngine minimal = new BareEngine(minimalShape())) {
            bareDiscussions(bare, MEETINGS);
            minimalShape(minimal, MEETINGS);
            raiseAndConvene(MEETINGS);
            Instant firstAt = time.now();
            Map<Long, Instant> begun = new ConcurrentHashMap<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> minimalRatios = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                double bareRate = rate(() -> bareDiscussions(bare, MEETINGS));
                double conveneRate = rate(() -> begun.putAll(raiseAndConvene(MEETINGS)));
                double minimalRate = rate(() -> minimalShape(minimal, MEETINGS));
                ratios.add(conveneRate / bareRate);
                minimalRatios.add(conveneRate / minimalRate);
                Percentiles.report("strategy-discussions", String.format("round %d of %d discussions each from one thread: Convene %.1f/s "
                                + "until every invitation was in the outbox; the bare engine on the same two processes %.1f/s (ratio %.2f); "
                                + "on the minimal shape %.1f/s (ratio %.2f)", round, MEETINGS, conveneRate, bareRate, conveneRate / bareRate,
                        minimalRate, conveneRate / minimalRate));
            }
            Percentiles.report("strategy-discussions", String.format(
                    "ratio to the bare engine on the same two processes, median of %d rounds: %.2f (lowest %.2f, highest %.2f; goal: at least 0.5); "
                            + "to the minimal shape, for comparison: %.2f", ROUNDS, new Percentiles(ratios).at(50), new Percentiles(ratios).at(0),
                    new Percentiles(ratios).at(100), new Percentiles(minimalRatios).at(50)));
            reportLatencies(begun, firstAt);
            pdfRendering(begun.keySet().stream().mapToLong(Long::longValue).max().orElseThrow(), startsAt);
        }
    }

    private static double rate(Runnable discussions) {
        long started = System.nanoTime();
        discussions.run();
        return MEETINGS / ((System.nanoTime() - started) / 1e9);
    }

    /** Raises and convenes {@code count} discussions from this thread; returns when every invitation is in the outbox. */
    private Map<Long, Instant> raiseAndConvene(int count) {
        Map<Long, Instant> begun = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            Instant at = time.now();
            long id = concerns.discussion("cara.chair", "Child " + i, chair);
            meetings.convene("cara.chair", id, startsAt, startsAt.plus(Duration.ofHours(1)), "Room 1", null, required);
            begun.put(id, at);
        }
        long firstId = begun.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(10)).until(() -> jdbc.queryForObject(
                "select count(*) from invitation where meeting_id >= ? and sent_sequence >= 0", Long.class, firstId) == 3L * count);
        return begun;
    }

    /** From each concern raised to the last of its meeting's invitations queued in the outbox. */
    private void reportLatencies(Map<Long, Instant> begun, Instant firstAt) {
        long firstId = begun.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
        List<Double> latencies = new ArrayList<>();
        jdbc.query("select i.meeting_id, max(o.created_at) as last_mail from invitation i join outbox_mail o on o.recipient = i.email "
                        + "and o.body_text like '%/meetings/' || i.meeting_id || chr(10) || '%' and o.created_at >= ? "
                        + "where i.meeting_id >= ? group by i.meeting_id",
                rs -> {
                    Instant raised = begun.get(rs.getLong("meeting_id"));
                    if (raised != null) {
                        latencies.add(Duration.between(raised, rs.getTimestamp("last_mail").toInstant()).toNanos() / 1e6);
                    }
                }, Timestamp.from(firstAt), firstId);
        Percentiles p = new Percentiles(latencies);
        Percentiles.report("strategy-discussions", String.format("concern raised to last invitation queued, %d discussions: p50 %.0f ms, p95 %.0f ms",
                latencies.size(), p.at(50), p.at(95)));
    }

    /**
     * The bare engine running Convene's own two processes for each discussion, with workers that only complete their
     * jobs: a concern's (bpmn/strategy-discussion.bpmn) and its meeting's (bpmn/meeting.bpmn), started from one thread,
     * the meeting told it is convened with its reminder and minutes dates, until its invitations job is done.
     */
    private void bareDiscussions(BareEngine bare, int count) {
        Instant now = Instant.now();
        Map<String, Object> dates = Map.of("reminderAt", now.plus(Duration.ofDays(2)).toString(),
                "acceptanceCheckAt", now.plus(Duration.ofDays(2)).toString(), "minutesDueBy", now.plus(Duration.ofDays(5)).toString());
        int done = bare.completed("meeting-send-invitations");
        for (int i = done; i < done + count; i++) {
            bare.start("strategy-discussion", Map.of("caseKey", String.valueOf(i), "caseId", i));
            bare.start("meeting", Map.of("meetingKey", String.valueOf(i), "meetingId", i, "conveneBy", now.plus(Duration.ofDays(1)).toString()));
            bare.publish("meeting-convened", String.valueOf(i), dates);
        }
        bare.awaitCompleted("meeting-send-invitations", done + count, Duration.ofMinutes(10));
    }

    /**
     * For comparison only, not the goal's yardstick: one process of a minimal shape (start, wait for a message, one
     * service task), as runs before 2026-11-28 measured (then on Convene's own engine). It leaves out the second process
     * and the timers and subscriptions Convene's two processes hold.
     */
    private static Path minimalShape() throws IOException {
        Path bpmn = Files.createTempFile("minimal-shape", ".bpmn");
        Bpmn.writeModelToFile(bpmn.toFile(), Bpmn.createExecutableProcess("minimal-shape").startEvent()
                .receiveTask("await").message(m -> m.name("convened").zeebeCorrelationKeyExpression("key"))
                .serviceTask("noop", task -> task.zeebeJobType("noop")).endEvent().done());
        return bpmn;
    }

    private void minimalShape(BareEngine bare, int count) {
        int done = bare.completed("noop");
        for (int i = done; i < done + count; i++) {
            bare.start("minimal-shape", Map.of("key", String.valueOf(i)));
            bare.publish("convened", String.valueOf(i), Map.of());
        }
        bare.awaitCompleted("noop", done + count, Duration.ofMinutes(10));
    }

    private void pdfRendering(long meetingId, Instant start) {
        time.advanceTo(start.plus(Duration.ofMinutes(61)));
        Map<Long, Attendance> present = meetings.invitationsOf(meetingId).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld("cara.chair", meetingId, present, Map.of(), Map.of(), null, true);
        String paragraph = "The young person was seen with older males near the transport hub on three evenings; school reports "
                + "falling attendance and a new phone; health notes an injury explained as a fall. ".repeat(4);
        for (int i = 0; i < 60; i++) {
            minutes.addEntry("cara.chair", meetingId, i % 10 == 9 ? EntryKind.DISSENT : EntryKind.INFORMATION, null,
                    "Entry " + i + ": " + paragraph, i % 3 == 0 ? Visibility.RESTRICTED : Visibility.PROFESSIONALS,
                    List.of(directory.agencies().getFirst().id()), null);
        }
        long child = concerns.childrenOf(meetings.meeting(meetingId).getCaseId()).getFirst().id();
        strategyRecord.saveChild("cara.chair", meetingId, child, paragraph, paragraph, paragraph, Section47Decision.SECTION_47_JOINT,
                paragraph, paragraph, null);
        minutes.approve("cara.chair", meetingId, "convene-demo");
        List<Double> times = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < PDF_RENDERS + 5; i++) {
            long renderStarted = System.nanoTime();
            byte[] pdf = minutesAccess.pdf("cara.chair", meetingId, 1);
            if (i >= 5) {
                times.add((System.nanoTime() - renderStarted) / 1e6);
            }
            pages = pdf.length;
        }
        Percentiles p = new Percentiles(times);
        Percentiles.report("minutes-pdf", String.format(
                "minutes with 60 entries of ~800 characters and a full child record (%d KB PDF), %d renders after 5 warm-up: p50 %.0f ms, p95 %.0f ms",
                pages / 1024, PDF_RENDERS, p.at(50), p.at(95)));
    }
}
