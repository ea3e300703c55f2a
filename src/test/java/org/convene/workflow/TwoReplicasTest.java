package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.camunda.client.CamundaClient;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.convene.audit.AuditVerification;
import org.convene.audit.AuditVerifier;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.ApiClient;
import org.convene.support.ConveneProcess;
import org.convene.support.EngineProcess;
import org.convene.support.TestPorts;
import org.convene.support.TimeMachine;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Convenes on one database and one engine process, as a council runs them behind a load balancer: requests go to
 * either, both take the engine's jobs and send the outbox's mail, and one of them is ended with {@code kill -9} in the
 * middle of a burst of reminders and started again, as an orchestrator restarts a failed node. Every mail reaches the
 * SMTP server once (counted by Message-ID against the outbox; only the one the killed replica was sending as it died may
 * arrive twice, with the same Message-ID), each morning's digest and checkpoint mail go once however many replicas run
 * them, every action is escalated once, no instance is started again, and the audit trail verifies.
 */
class TwoReplicasTest {

    private static final String DATABASE = "two_replicas";
    private static final int ACTIONS = 16;
    private static final int EPISODES = 4;
    private static final int CONCERNS = 4;
    private static final int INCIDENTS = 10;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String DUE_SOON = "An action is due soon";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void underLoadWithOneKilledEveryMailGoesOnceAndEachMorningsWorkRunsOnce() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(TestPorts.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String[] mail = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(), "convene.mail.dispatch-interval=PT1S"};
        try (EngineProcess engine = EngineProcess.start();
             ConfigurableApplicationContext first = engine.convene(DATABASE, mail)) {
            Flows flows = new Flows(first);
            JdbcTemplate jdbc = flows.jdbc();
            TimeMachine time = first.getBean(TimeMachine.class);
            Deadlines deadlines = first.getBean(Deadlines.class);
            LocalDate due = first.getBean(WorkingDayCalendar.class).addWorkingDays(time.today(), 5);
            URI one = URI.create("http://127.0.0.1:" + first.getEnvironment().getRequiredProperty("local.server.port"));
            ConveneProcess second = ConveneProcess.start(engine, DATABASE, mail);
            try {
                // The load, each request to one replica or the other as a load balancer would send them.
                List<URI> replicas = List.of(one, URI.create(second.baseUrl()));
                Function<Integer, URI> to = i -> replicas.get(i % 2);
                long sam = flows.personId("sam.social");
                List<Long> actions = new ArrayList<>();
                for (int i = 0; i < ACTIONS; i++) {
                    actions.add(created(ApiClient.as("cara.chair").post(to.apply(i), "/api/actions", "application/json",
                            "{\"title\": \"Check school attendance\", \"ownerPersonId\": %d, \"dueDate\": \"%s\"}".formatted(sam, due))));
                }
                Instant now = time.now();
                for (int i = 0; i < EPISODES; i++) {
                    created(ApiClient.as("mia.coordinator").post(to.apply(i), "/api/missing", "application/json", """
                            {"childName": "Replica child %d", "reporterKind": "POLICE", "policeReference": "REPLICA-%d", "missingFrom": "HOME",
                             "lastSeenAt": "%s", "reportedAt": "%s", "riskGrade": "HIGH"}""".formatted(i, i, now.minus(Duration.ofHours(2)),
                            now.minus(Duration.ofMinutes(1)))));
                }
                for (int i = 0; i < CONCERNS; i++) {
                    created(ApiClient.as("mo.manager").post(to.apply(i), "/api/strategy", "application/json",
                            "{\"concern\": \"Seen with older males\", \"referrerName\": \"A teacher\", \"children\": [{\"name\": \"Replica Child %d\"}]}"
                                    .formatted(i)));
                }
                String yesterday = time.today().minusDays(1).format(UK_DATE);
                String csv = "Reference,Date,Time,Kind,Circumstances\n" + IntStream.range(0, INCIDENTS)
                        .mapToObj(i -> "RP-%d,%s,21:40,Weapons,Knife seen during a fight\n".formatted(i, yesterday)).collect(Collectors.joining());
                assertThat(ApiClient.as("dan.sergeant").post(to.apply(1), "/api/incidents/csv", "text/csv", csv).statusCode()).isEqualTo(201);
                await().atMost(WAIT).until(() -> actions.stream().allMatch(id -> flows.processInstanceKey("action", id) != null));
                Map<Long, Long> keys = actions.stream().collect(Collectors.toMap(id -> id, id -> flows.processInstanceKey("action", id)));

                // A burst of reminders, worked by both; one replica is killed while they are being sent, and started again.
                Duration toTheReminders = Duration.between(time.now(), deadlines.before(due, Timescale.of("2 working days"))).plusSeconds(1);
                second.advance(toTheReminders);
                time.jump(toTheReminders);
                await().atMost(WAIT).until(() -> count(jdbc, DUE_SOON) > 0);
                second.kill();
                // A mail the killed replica was sending may have reached the server just before it died, unrecorded: it
                // is sent again, with the same Message-ID, which a mail client shows once. Every other mail goes once.
                List<String> inFlight = jdbc.queryForList("select message_id from outbox_mail where status = 'SENDING' and claimed_by like ?",
                        String.class, second.pid() + "@%");
                System.out.printf("[convene-tests] TwoReplicasTest: %d of %d reminders queued, %d mail being sent, when the second replica was killed%n",
                        count(jdbc, DUE_SOON), ACTIONS, inFlight.size());
                // Past the jobs' timeout and the mails' claim lease, what the dead replica held is done by the live one.
                // Time goes on after a node dies: a job the engine handed it as it died times out a timeout after that,
                // so the clocks move on a timeout at a time (three at most) until every reminder has been sent.
                Duration jobTimeout = first.getEnvironment().getProperty("camunda.client.worker.defaults.timeout", Duration.class, Duration.ofMinutes(5));
                for (int timeouts = 0; timeouts < 3 && count(jdbc, DUE_SOON) < ACTIONS; timeouts++) {
                    time.advance(jobTimeout.plusMinutes(1));
                    try {
                        await().atMost(STEP).until(() -> count(jdbc, DUE_SOON) == ACTIONS);
                    } catch (ConditionTimeoutException notYet) {
                        System.out.printf("[convene-tests] TwoReplicasTest: %d of %d reminders after %d job timeout(s)%n", count(jdbc, DUE_SOON),
                                ACTIONS, timeouts + 1);
                    }
                }
                assertThat(count(jdbc, DUE_SOON)).as(() -> "reminders sent; none for actions " + actions.stream()
                        .filter(id -> !flows.actionMails(id).contains(DUE_SOON)).toList() + "; reminder jobs the engine still hands out: "
                        + first.getBean(CamundaClient.class).newActivateJobsCommand().jobType("action-remind").maxJobsToActivate(50)
                        .timeout(Duration.ofSeconds(1)).send().join().getJobs().stream().map(job -> job.getVariable("actionId")).toList())
                        .isEqualTo(ACTIONS);
                second = ConveneProcess.start(engine, DATABASE, mail);
                assertThat(actions.stream().collect(Collectors.toMap(id -> id, id -> flows.processInstanceKey("action", id))))
                        .as("the restarted replica started no instance again").isEqualTo(keys);

                // Overdue, then escalated, with both replicas running; then the morning's work, run by both at once.
                Instant escalated = deadlines.after(due, Timescale.of("2 working days"));
                Duration toTheEscalations = Duration.between(time.now(), escalated).plusSeconds(1);
                second.advance(toTheEscalations);
                time.advance(toTheEscalations);
                await().atMost(WAIT).until(() -> count(jdbc, "An overdue action has been escalated to you") == ACTIONS);
                ConveneProcess both = second;
                for (String morning : List.of("ManagerDigest.sendEachMorning", "AuditCheckpointMail.sendEachMorning")) {
                    CompletableFuture<Void> there = CompletableFuture.runAsync(() -> both.runScheduled(morning));
                    ConveneProcess.runScheduled(first, morning);
                    there.join();
                }

                await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from outbox_mail where status <> 'SENT'", Integer.class) == 0
                        && smtp.getReceivedMessages().length >= jdbc.queryForObject("select count(*) from outbox_mail", Integer.class));
                Map<String, Long> received = Stream.of(smtp.getReceivedMessages()).collect(Collectors.groupingBy(TwoReplicasTest::messageId,
                        Collectors.counting()));
                List<String> queued = jdbc.queryForList("select message_id from outbox_mail", String.class);
                assertThat(received.keySet()).as("every mail in the outbox reached the SMTP server").containsExactlyInAnyOrderElementsOf(queued);
                assertThat(received).as("each once, but the one being sent when its replica died").allSatisfy((id, times) ->
                        assertThat(times).as(id).isBetween(1L, inFlight.contains(id) ? 2L : 1L));
                assertThat(queued).hasSizeGreaterThan(3 * ACTIONS);

                List<Map<String, Object>> digests = jdbc.queryForList(
                        "select recipient, count(*) as mails from outbox_mail where subject = 'Your daily summary of overdue actions' group by recipient");
                assertThat(digests).as("one digest a manager").isNotEmpty().allSatisfy(row -> assertThat(row.get("mails")).isEqualTo(1L));
                assertThat(digests).hasSize(jdbc.queryForObject("select count(*) from manager_digest", Integer.class));
                assertThat(count(jdbc, "Convene audit trail checkpoint for%")).as("one checkpoint mail").isEqualTo(1);
                assertThat(actions).allSatisfy(id -> assertThat(flows.audit("action", id)).as("action " + id)
                        .filteredOn(event -> !event.equals("action.read"))
                        .containsExactly("action.raised", "action.reminded", "action.reminded", "action.overdue", "action.escalated"));
                assertThat(jdbc.queryForObject("select count(*) from missing_episode where process_instance_key is not null", Integer.class))
                        .isEqualTo(EPISODES);
                assertThat(jdbc.queryForObject("select count(*) from incident", Integer.class)).isEqualTo(INCIDENTS);
                AuditVerification audit = first.getBean(AuditVerifier.class).verify();
                assertThat(audit.problem()).as("the audit trail, written by both replicas, verifies").isNull();
            } finally {
                second.kill();
            }
        } finally {
            smtp.stop();
        }
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    }

    private static int count(JdbcTemplate jdbc, String subject) {
        return jdbc.queryForObject("select count(*) from outbox_mail where subject like ?", Integer.class, subject);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
