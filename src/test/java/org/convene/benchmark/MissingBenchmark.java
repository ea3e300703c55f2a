package org.convene.benchmark;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.support.ConveneTest;
import org.convene.support.TestDatabase;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Missing children on the embedded default. First, high-risk episodes reported through the API from one thread until
 * each one's first step (the senior manager told, at once) is done; beside it, in the same run and engine, the bare
 * engine on a process of the same shape (start, a receive task whose timer is already due, one service task) with a
 * worker that does nothing. Then the board through the whole web stack, warm, with those episodes open and 100,000
 * closed ones (with their interviews) in PostgreSQL: as a coordinator, who sees every episode, and as a manager, for
 * whom each open episode is decided on its own.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=MissingBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
class MissingBenchmark {

    private static final int OPEN = Integer.getInteger("benchmark.episodes", 500);
    private static final int CLOSED = Integer.getInteger("benchmark.closed", 100_000);
    private static final int REQUESTS = 50;

    @Autowired MockMvc mvc;
    @Autowired CamundaClient client;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;

    @Test
    void reportingAndTheBoard() throws Exception {
        bareEngine();
        long started = System.nanoTime();
        for (int i = 0; i < OPEN; i++) {
            Instant now = time.now();
            mvc.perform(post("/api/missing").with(user("mia.coordinator").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"childName": "Benchmark child %d", "reporterKind": "POLICE", "policeReference": "BENCH-%d", "missingFrom": "HOME",
                             "lastSeenAt": "%s", "reportedAt": "%s", "riskGrade": "HIGH"}""".formatted(i, i, now.minus(Duration.ofHours(1)), now)));
        }
        await().atMost(Duration.ofMinutes(20)).until(() -> jdbc.queryForObject(
                "select count(*) from missing_episode where police_reference like 'BENCH-%' and senior_manager_told_at is not null", Long.class) == OPEN);
        double seconds = (System.nanoTime() - started) / 1e9;
        Percentiles.report("missing", String.format("%d high-risk episodes reported through the API from one thread, until each one's first step "
                + "(the senior manager told) was done: %.1f/s", OPEN, OPEN / seconds));

        Assumptions.assumeTrue(TestDatabase.isPostgres(), "the board is measured on PostgreSQL");
        long loadStarted = System.nanoTime();
        jdbc.update("insert into subject (kind, name, created_by, created_at) select 'CHILD', 'Closed child ' || n, 'benchmark', now() "
                + "from generate_series(1, ?) as n", CLOSED / 5);
        long firstSubject = jdbc.queryForObject("select min(id) from subject where created_by = 'benchmark'", Long.class);
        jdbc.update("""
                insert into missing_episode (subject_id, status, reporter_kind, missing_from, last_seen_at, reported_at, looked_after,
                                             child_protection_plan, risk_grade, logged_by, logged_at, returned_at, return_how)
                select ? + (n % ?), 'RETURNED', 'CARER', 'CARE_PLACEMENT', now() - ((n % 730) || ' days')::interval - interval '2 hours',
                       now() - ((n % 730) || ' days')::interval, n % 2 = 0, false, 'MEDIUM', 'benchmark', now() - ((n % 730) || ' days')::interval,
                       now() - ((n % 730) || ' days')::interval + ((n % 90) || ' hours')::interval, 'RETURNED_THEMSELVES'
                from generate_series(1, ?) as n""", firstSubject, CLOSED / 5, CLOSED);
        jdbc.update("""
                insert into return_interview (episode_id, status, due_by, offered_at, completed_at)
                select id, 'COMPLETED', returned_at + interval '72 hours', returned_at + interval '20 hours', returned_at + interval '50 hours'
                from missing_episode where logged_by = 'benchmark'""");
        jdbc.execute("analyze");
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        for (String reader : List.of("mia.coordinator", "mo.manager")) {
            for (int i = 0; i < 5; i++) {
                board(reader);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long requestStarted = System.nanoTime();
                board(reader);
                times.add((System.nanoTime() - requestStarted) / 1e6);
            }
            Percentiles p = new Percentiles(times);
            Percentiles.report("missing", String.format("the board as %s with %d open and %d closed episodes (loaded in %.0f s), %d requests "
                    + "after 5 warm-up: p50 %.0f ms, p95 %.0f ms", reader, OPEN, CLOSED, loadSeconds, REQUESTS, p.at(50), p.at(95)));
        }
    }

    private void board(String reader) throws Exception {
        int status = mvc.perform(get("/missing").with(user(reader))).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException("the board answered " + status);
        }
    }

    private void bareEngine() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("benchmark-missing-shape")
                .startEvent().receiveTask("await").message(m -> m.name("benchmark-returned").zeebeCorrelationKeyExpression("key"))
                .boundaryEvent("due", b -> b.timerWithDateExpression("dueAt"))
                .serviceTask("noop", task -> task.zeebeJobType("benchmark-missing-noop")).endEvent()
                .moveToActivity("await").endEvent().done(), "benchmark-missing-shape.bpmn").send().join();
        AtomicInteger done = new AtomicInteger();
        try (JobWorker worker = client.newWorker().jobType("benchmark-missing-noop")
                .handler((jobs, job) -> jobs.newCompleteCommand(job).send().thenRun(done::incrementAndGet)).streamEnabled(true).open()) {
            long started = System.nanoTime();
            for (int i = 0; i < OPEN; i++) {
                client.newCreateInstanceCommand().bpmnProcessId("benchmark-missing-shape").latestVersion()
                        .variables(Map.of("key", "bare-" + i, "dueAt", time.now().toString())).send().join();
            }
            await().atMost(Duration.ofMinutes(10)).until(() -> done.get() == OPEN);
            double seconds = (System.nanoTime() - started) / 1e9;
            Percentiles.report("missing", String.format(
                    "bare engine, same shape (start, a receive task whose timer is due, one no-op service task), %d instances from one thread: %.1f/s",
                    OPEN, OPEN / seconds));
        }
    }
}
