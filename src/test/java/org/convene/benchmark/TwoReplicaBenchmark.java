package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convene.action.ActionService;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.support.ApiClient;
import org.convene.support.ConveneProcess;
import org.convene.support.EngineProcess;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Convening and escalation with two replicas beside one, on PostgreSQL and an engine in a process of its own (as a
 * council's cluster is seen), in one run. Each round is measured once with one Convene and once with two (the second a
 * process of its own with the first one's JVM options, started and warmed up for its turn and stopped after), taking
 * turns one-two, two-one, so that neither always meets a warmer machine. Both replicas share this machine's cores with
 * the engine and PostgreSQL, as they would not in a council's cluster. Convening: strategy discussions raised and convened through the API by four callers, spread
 * over the replicas as a load balancer would, until every invitation is in the outbox. Escalation: a group of actions
 * reaching their first escalation at one instant, until the last is recorded with its mail. The goal: two replicas no
 * more than 10% worse than one (the median of the rounds' ratios). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=TwoReplicaBenchmark} ({@code -Dbenchmark.meetings}, {@code -Dbenchmark.due},
 * {@code -Dbenchmark.rounds}).
 */
class TwoReplicaBenchmark {

    private static final String DATABASE = "benchmark_replicas";
    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 200);
    private static final int DUE = Integer.getInteger("benchmark.due", 500);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int CALLERS = 4;
    /** Working days between one group of actions and the next: more than the second escalation's 5. */
    private static final int SPACING = 6;
    private static final Duration WAIT = Duration.ofMinutes(10);
    /** The second replica's JVM as the test JVM the first runs in (the pom's surefire argLine). */
    private static final List<String> SAME_AS_THE_FIRST = List.of("-Xmx3g", "-XX:+UseParallelGC");
    private static final Pattern MEETING = Pattern.compile("\"meetings\":\\[\\{\"id\":(\\d+)");

    private ConfigurableApplicationContext first;
    private JdbcTemplate jdbc;
    private TimeMachine time;
    private String invitees;
    private long chair;
    private Instant startsAt;

    @Test
    void twoReplicasBesideOne() throws Exception {
        // As in the other benchmarks, nothing is sent by SMTP while measuring: mails stay in the outbox.
        String[] settings = {"convene.mail.dispatch-interval=PT1H"};
        try (EngineProcess engine = EngineProcess.start()) {
            first = engine.convene(DATABASE, settings);
            jdbc = first.getBean(JdbcTemplate.class);
            time = first.getBean(TimeMachine.class);
            Directory directory = first.getBean(Directory.class);
            WorkingDayCalendar calendar = first.getBean(WorkingDayCalendar.class);
            chair = directory.personByUsername("cara.chair").orElseThrow().id();
            invitees = directory.agencies().stream().filter(a -> List.of(AgencyKind.SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH).contains(a.kind()))
                    .map(a -> "{\"agencyId\": " + a.id() + "}").collect(Collectors.joining(", "));
            // Far enough ahead that no meeting's own timers fall while the escalations are measured.
            startsAt = calendar.addWorkingDays(time.today(), 100).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();

            long owner = directory.personByUsername("sam.social").orElseThrow().id();
            List<LocalDate> groups = new ArrayList<>();
            for (int group = 0; group < 2 * ROUNDS; group++) {
                groups.add(calendar.addWorkingDays(time.today(), 3 + SPACING * group));
            }
            ActionService actions = first.getBean(ActionService.class);
            long firstAction = actions.raise("cara.chair", "Benchmark action 0", owner, null, groups.getFirst()).getId();
            for (int i = 1; i < DUE * groups.size(); i++) {
                actions.raise("cara.chair", "Benchmark action " + i, owner, null, groups.get(i / DUE));
            }
            await().atMost(WAIT).until(() -> count("select count(*) from action where id >= ? and process_instance_key is not null", firstAction)
                    == (long) DUE * groups.size());

            URI one = URI.create("http://127.0.0.1:" + first.getEnvironment().getRequiredProperty("local.server.port"));
            // A warm-up, not measured: the first discussions of a JVM are its slowest.
            convene(List.of(one), MEETINGS / 4);
            List<Double> conveningRatios = new ArrayList<>();
            List<Double> escalationRatios = new ArrayList<>();
            int group = 0;
            for (int round = 0; round < ROUNDS; round++) {
                double[] perSecond = new double[3];
                long[] lastMillis = new long[3];
                for (int replicas : round % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1}) {
                    ConveneProcess second = replicas == 2 ? ConveneProcess.start(engine, SAME_AS_THE_FIRST, DATABASE, settings) : null;
                    try {
                        List<URI> to = second == null ? List.of(one) : List.of(one, URI.create(second.baseUrl()));
                        if (second != null) {
                            // Warmed up as the first replica was, not measured.
                            convene(List.of(URI.create(second.baseUrl())), MEETINGS / 4);
                        }
                        perSecond[replicas] = convene(to, MEETINGS);
                        lastMillis[replicas] = escalate(second, firstAction + (long) group * DUE, groups.get(group), group > 0);
                        group++;
                    } finally {
                        if (second != null) {
                            second.stop();
                        }
                    }
                }
                conveningRatios.add(perSecond[1] / perSecond[2]);
                escalationRatios.add((double) lastMillis[2] / lastMillis[1]);
                Percentiles.report("two-replicas", String.format("round %d: %d discussions convened through the API at %.1f /s on one replica, "
                                + "%.1f /s on two (%.2f × as long); %d escalations at one instant, the last recorded with its mail after %d ms on one, "
                                + "%d ms on two (%.2f ×)", round + 1, MEETINGS, perSecond[1], perSecond[2], conveningRatios.getLast(), DUE,
                        lastMillis[1], lastMillis[2], escalationRatios.getLast()));
            }
            Percentiles.report("two-replicas", String.format("two replicas against one, median of %d rounds (goal at most 1.10 each): convening "
                            + "%.2f × as long (%.2f to %.2f), escalation %.2f × (%.2f to %.2f)", ROUNDS, new Percentiles(conveningRatios).at(50),
                    new Percentiles(conveningRatios).at(0), new Percentiles(conveningRatios).at(100), new Percentiles(escalationRatios).at(50),
                    new Percentiles(escalationRatios).at(0), new Percentiles(escalationRatios).at(100)));
        } finally {
            if (first != null) {
                first.close();
            }
        }
    }

    /** Discussions raised and convened by {@value #CALLERS} callers, each request to the next replica; returns discussions a second. */
    private double convene(List<URI> replicas, int meetings) throws Exception {
        long before = count("select count(*) from outbox_mail where subject = 'Invitation to a multi-agency meeting'");
        long started = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < meetings; i++) {
                URI replica = replicas.get(i % replicas.size());
                calls.add(callers.submit(() -> {
                    discussion(replica);
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdown();
        }
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() ->
                count("select count(*) from outbox_mail where subject = 'Invitation to a multi-agency meeting'") == before + 3L * meetings);
        return meetings / ((System.nanoTime() - started) / 1e9);
    }

    private void discussion(URI replica) throws Exception {
        String concern = post(replica, "/api/strategy", """
                {"concern": "Seen with older males", "referrerName": "A teacher", "children": [{"name": "Benchmark Child"}], "chairId": %d}"""
                .formatted(chair));
        Matcher meeting = MEETING.matcher(concern);
        if (!meeting.find()) {
            throw new AssertionError("No meeting in " + concern.substring(0, Math.min(200, concern.length())));
        }
        long id = Long.parseLong(meeting.group(1));
        // Convened once its process waits for it, as a chair would find it on the page.
        await().atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> count("select count(*) from meeting where id = ? and process_instance_key is not null", id) == 1);
        post(replica, "/api/meetings/" + id + "/convening", """
                {"startsAt": "%s", "endsAt": "%s", "location": "Room 1", "invitees": [%s]}"""
                .formatted(startsAt, startsAt.plus(Duration.ofHours(1)), invitees));
    }

    /**
     * One group's first escalations, due at one instant: the clocks move to just before it (the group's overdue step,
     * and the group before's second escalations, all done first), then past it. Returns when the last was recorded.
     */
    private long escalate(ConveneProcess second, long firstId, LocalDate due, boolean groupBefore) {
        long lastId = firstId + DUE - 1;
        Deadlines deadlines = first.getBean(Deadlines.class);
        Instant escalation = deadlines.after(due, Timescale.of("2 working days"));
        jump(second, Duration.between(time.now(), escalation.minus(Duration.ofMinutes(5))));
        await().atMost(WAIT).until(() -> count("select count(*) from action where id between ? and ? and overdue_at is not null", firstId, lastId) == DUE);
        if (groupBefore) {
            await().atMost(WAIT).until(() -> count("select count(*) from action_escalation where action_id between ? and ? and rung = 2",
                    firstId - DUE, firstId - 1) == DUE);
        }
        Duration step = Duration.ofMinutes(6);
        Instant dueFrom = time.now().plus(step);
        jump(second, step);
        await().atMost(WAIT).until(() -> count("select count(*) from action_escalation where action_id between ? and ? and rung = 1",
                firstId, lastId) == DUE);
        long mails = count("select count(*) from outbox_mail where subject = 'An overdue action has been escalated to you' and created_at >= ?",
                Timestamp.from(dueFrom.minus(step)));
        if (mails < DUE) {
            throw new AssertionError("Escalations were recorded without their mails: " + mails + " of " + DUE);
        }
        Timestamp last = jdbc.queryForObject("select max(escalated_at) from action_escalation where action_id between ? and ? and rung = 1",
                Timestamp.class, firstId, lastId);
        return Duration.between(dueFrom, last.toInstant()).toMillis();
    }

    /** Moves every replica's clock and the engine's. */
    private void jump(ConveneProcess second, Duration duration) {
        if (second != null) {
            second.advance(duration);
        }
        time.jump(duration);
    }

    private String post(URI replica, String path, String json) throws Exception {
        HttpResponse<String> response = ApiClient.as("cara.chair").post(replica, path, "application/json", json);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
