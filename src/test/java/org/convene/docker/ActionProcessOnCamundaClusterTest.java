package org.convene.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.convene.action.ActionService;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The action process on a real Camunda 8 cluster in a container (convene.engine=remote), as compose and
 * production run it. Skipped, and reported so, where there is no Docker.
 */
// Camunda Process Test gives the application its own client for the container; the addresses only satisfy the check
// that a remote engine's are set.
@SpringBootTest(properties = {"convene.engine=remote", "camunda.client.grpc-address=http://127.0.0.1:26500",
        "camunda.client.rest-address=http://127.0.0.1:8080"})
@CamundaSpringProcessTest
@EnabledIf(value = "org.convene.support.Docker#available", disabledReason = "needs Docker for the Camunda container")
class ActionProcessOnCamundaClusterTest {

    @Autowired CamundaProcessTestContext camunda;
    @Autowired ActionService actions;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theReminderTimerFiresOnTheCluster() {
        LocalDate due = calendar.addWorkingDays(LocalDate.now(ZoneId.of("Europe/London")), 5);
        long sam = jdbc.queryForObject("select id from person where username = 'sam.social'", Long.class);
        long id = actions.raise("cara.chair", "Check school attendance", sam, null, due).getId();
        await().until(() -> jdbc.queryForObject("select process_instance_key from action where id = ?", Long.class, id) != null);

        Instant reminder = deadlines.before(due, Timescale.of("2 working days"));
        camunda.increaseTime(Duration.between(Instant.now(), reminder).plusMinutes(1));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select subject from outbox_mail where body_text like ?", String.class, "%/actions/" + id + "\n%"))
                .containsExactly("An action is due soon"));
    }
}
