package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * the outbox; beside it, in the same run and engine, the bare engine on a process of the same shape (start, wait for a
 * message, one service task) whose worker does nothing. Then minutes PDF rendering for a long record.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=StrategyDiscussionBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
@org.springframework.context.annotation.Import(MinutesBenchmarkAccess.class)
class StrategyDiscussionBenchmark {

    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 500);
    private static final int PDF_RENDERS = 50;

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired MinutesBenchmarkAccess minutesAccess;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired Concerns concerns;
    @Autowired StrategyRecord strategyRecord;
    @Autowired CamundaClient client;
    @Autowired JdbcTemplate jdbc;

    @Test
    void convening() {
        bareEngine();
        Map<AgencyKind, Agency> agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
        List<Invitee> required = List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()),
                Invitee.agency(agencies.get(AgencyKind.POLICE).id()), Invitee.agency(agencies.get(AgencyKind.HEALTH).id()));
        long cara = directory.personByUsername("cara.chair").orElseThrow().id();
        Instant start = calendar.addWorkingDays(time.today(), 3).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        Map<Long, Instant> begun = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        Instant firstAt = time.now();
        for (int i = 0; i < MEETINGS; i++) {
            Instant at = time.now();
            long id = concerns.discussion("cara.chair", "Child " + i, cara);
            meetings.convene("cara.chair", id, start, start.plus(Duration.ofHours(1)), "Room 1", null, required);
            begun.put(id, at);
        }
        long firstId = begun.keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
        await().atMost(Duration.ofMinutes(20)).until(() -> jdbc.queryForObject(
                "select count(*) from invitation where meeting_id >= ? and sent_sequence >= 0", Long.class, firstId) == 3L * MEETINGS);
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Double> latencies = new ArrayList<>();
        jdbc.query("select i.meeting_id, max(o.created_at) as last_mail from invitation i join outbox_mail o on o.recipient = i.email "
                        + "and o.body_text like '%/meetings/' || i.meeting_id || chr(10) || '%' and o.created_at >= ? "
                        + "where i.meeting_id >= ? group by i.meeting_id",
                rs -> {
                    long id = rs.getLong("meeting_id");
                    latencies.add(Duration.between(begun.get(id), rs.getTimestamp("last_mail").toInstant()).toNanos() / 1e6);
                }, Timestamp.from(firstAt), firstId);
        Percentiles p = new Percentiles(latencies);
        Percentiles.report("strategy-discussions", String.format(
                "%d strategy discussions raised and convened (3 invitations each) from one thread: %.1f/s until every invitation was in the outbox; "
                        + "concern raised to last invitation queued p50 %.0f ms, p95 %.0f ms", MEETINGS, MEETINGS / seconds, p.at(50), p.at(95)));

        pdfRendering(begun.keySet().stream().mapToLong(Long::longValue).max().orElseThrow(), start);
    }

    private void bareEngine() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("benchmark-bare-shape")
                .startEvent().receiveTask("await").message(m -> m.name("benchmark-convened").zeebeCorrelationKeyExpression("key"))
                .serviceTask("noop", task -> task.zeebeJobType("benchmark-noop")).endEvent().done(), "benchmark-bare-shape.bpmn")
                .send().join();
        AtomicInteger done = new AtomicInteger();
        try (JobWorker worker = client.newWorker().jobType("benchmark-noop")
                .handler((jobs, job) -> jobs.newCompleteCommand(job).send().thenRun(done::incrementAndGet)).streamEnabled(true).open()) {
            long started = System.nanoTime();
            for (int i = 0; i < MEETINGS; i++) {
                client.newCreateInstanceCommand().bpmnProcessId("benchmark-bare-shape").latestVersion()
                        .variables(Map.of("key", "bare-" + i)).send().join();
                client.newPublishMessageCommand().messageName("benchmark-convened").correlationKey("bare-" + i)
                        .timeToLive(Duration.ofMinutes(10)).send().join();
            }
            await().atMost(Duration.ofMinutes(10)).until(() -> done.get() == MEETINGS);
            double seconds = (System.nanoTime() - started) / 1e9;
            Percentiles.report("strategy-discussions", String.format(
                    "bare engine, same shape (start, receive task, one no-op service task), %d instances from one thread: %.1f/s",
                    MEETINGS, MEETINGS / seconds));
        }
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
