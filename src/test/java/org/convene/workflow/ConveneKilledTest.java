package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.ConveneProcess;
import org.convene.support.EngineProcess;
import org.convene.support.TestDatabase;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Convene, a real process, killed with {@code kill -9} while its workers are in the middle of a burst of reminders on a
 * remote engine, then started again: it starts nothing the engine still holds, the jobs the dead process had taken come
 * back to the new one when their timeout runs out, and every action's reminders are each sent once.
 */
class ConveneKilledTest {

    private static final String DATABASE = "killed";
    private static final int ACTIONS = 30;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void killedMidBurstAndStartedAgainItSendsEachReminderOnce() {
        try (EngineProcess engine = EngineProcess.start()) {
            List<Long> actions;
            Map<Long, Long> keys;
            LocalDate due;
            Duration toTheReminders;
            try (ConfigurableApplicationContext first = RemoteEngineTest.start(engine, DATABASE)) {
                Flows flows = new Flows(first);
                TimeMachine time = first.getBean(TimeMachine.class);
                due = first.getBean(WorkingDayCalendar.class).addWorkingDays(time.today(), 5);
                LocalDate dueDate = due;
                actions = IntStream.range(0, ACTIONS).mapToObj(i -> flows.raiseAction(dueDate)).toList();
                await().atMost(WAIT).until(() -> actions.stream().allMatch(id -> flows.processInstanceKey("action", id) != null));
                keys = keys(flows, actions);
                toTheReminders = Duration.between(time.now(), first.getBean(Deadlines.class).before(due, Timescale.of("2 working days")))
                        .plusSeconds(1);
            }

            int remindedBeforeTheKill;
            try (ConveneProcess convene = ConveneProcess.start(engine, TestDatabase.ownDatabase(DATABASE))) {
                convene.advance(toTheReminders);
                engine.jump(toTheReminders);
                JdbcTemplate database = database();
                await().atMost(WAIT).until(() -> reminded(database) > 0);
                convene.kill();
                remindedBeforeTheKill = reminded(database);
            }
            System.out.printf("[convene-tests] ConveneKilledTest: %d of %d reminders sent before the kill%n", remindedBeforeTheKill, ACTIONS);

            try (ConfigurableApplicationContext second = RemoteEngineTest.start(engine, DATABASE)) {
                Flows flows = new Flows(second);
                assertThat(keys(flows, actions)).as("the same instances, none started again").isEqualTo(keys);
                TimeMachine time = second.getBean(TimeMachine.class);
                // Past the jobs' timeout: those the dead process had taken are handed out again.
                time.advance(Duration.ofMinutes(10));
                await().atMost(WAIT).until(() -> reminded(flows.jdbc()) == ACTIONS);
                time.advanceTo(second.getBean(Deadlines.class).startOf(due));
                await().atMost(WAIT).until(() -> flows.jdbc().queryForObject(
                        "select count(*) from outbox_mail where subject = 'An action is due today'", Integer.class) == ACTIONS);
                time.advance(Duration.ofMinutes(30));
                assertThat(actions).allSatisfy(id -> assertThat(flows.actionMails(id)).as("the mails about action " + id)
                        .containsExactly("An action has been assigned to you", "An action is due soon", "An action is due today"));
                assertThat(actions).allSatisfy(id -> assertThat(flows.audit("action", id))
                        .containsExactly("action.raised", "action.reminded", "action.reminded"));
            }
        }
    }

    private static int reminded(JdbcTemplate database) {
        return database.queryForObject("select count(*) from outbox_mail where subject = 'An action is due soon'", Integer.class);
    }

    private static JdbcTemplate database() {
        Map<String, String> settings = TestDatabase.ownDatabase(DATABASE);
        return new JdbcTemplate(new DriverManagerDataSource(settings.get("spring.datasource.url"), settings.get("spring.datasource.username"),
                settings.get("spring.datasource.password")));
    }

    private static Map<Long, Long> keys(Flows flows, List<Long> actions) {
        return actions.stream().collect(Collectors.toMap(id -> id, id -> flows.processInstanceKey("action", id)));
    }
}
