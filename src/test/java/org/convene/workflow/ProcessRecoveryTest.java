package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.convene.ConveneApplication;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stops Convene mid-flow and starts it again against the same database with a new, empty embedded engine: the
 * pending timer still fires, once, and nothing already done is done again.
 */
class ProcessRecoveryTest {

    @Test
    void aRestartMidFlowLosesNoTimerAndRepeatsNoMail() {
        long actionId;
        LocalDate due;
        try (ConfigurableApplicationContext first = start()) {
            TimeMachine time = first.getBean(TimeMachine.class);
            due = first.getBean(WorkingDayCalendar.class).addWorkingDays(time.today(), 5);
            actionId = raise(first, due);
            Deadlines deadlines = first.getBean(Deadlines.class);
            time.advanceTo(deadlines.before(due, Timescale.of("2 working days")));
            await().atMost(Duration.ofSeconds(20)).until(() -> subjects(first, actionId).size() == 2);
        }

        try (ConfigurableApplicationContext second = start()) {
            Long keyAfterRestart = jdbc(second).queryForObject("select process_instance_key from action where id = ?", Long.class, actionId);
            assertThat(keyAfterRestart).as("restarted in the new engine").isNotNull();
            assertThat(auditActions(second, actionId)).containsExactly("action.raised", "action.reminded");

            TimeMachine time = second.getBean(TimeMachine.class);
            time.advanceTo(second.getBean(Deadlines.class).startOf(due));
            await().atMost(Duration.ofSeconds(20)).until(() -> subjects(second, actionId).size() == 3);
            time.advance(Duration.ofMinutes(1));
            assertThat(subjects(second, actionId)).containsExactly("An action has been assigned to you", "An action is due soon", "An action is due today");
            assertThat(auditActions(second, actionId)).containsExactly("action.raised", "action.reminded", "action.reminded");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class)
                .properties("server.port=0")
                .run();
    }

    private static long raise(ConfigurableApplicationContext context, LocalDate due) {
        var actions = context.getBean(org.convene.action.ActionService.class);
        long sam = jdbc(context).queryForObject("select id from person where username = 'sam.social'", Long.class);
        return actions.raise("cara.chair", "Check school attendance", sam, null, due).getId();
    }

    private static List<String> subjects(ConfigurableApplicationContext context, long actionId) {
        return jdbc(context).queryForList("select subject from outbox_mail where body_text like ? order by id", String.class,
                "%/actions/" + actionId + "\n%");
    }

    private static List<String> auditActions(ConfigurableApplicationContext context, long actionId) {
        return jdbc(context).queryForList("select action from audit_event where entity_type = 'action' and entity_id = ? order by seq",
                String.class, String.valueOf(actionId));
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }
}
