package org.convene.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.support.OwnConvene;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An action due just after Christmas, through the real engine with its clock moved into that December: the reminder
 * goes out before the holidays, and the escalation ladder steps over Christmas, Boxing Day and New Year's Day. The
 * dates are worked out by hand from GOV.UK's list, not by the calendar under test.
 *
 * <p>Its Convene has its own engine and database, so that moving the clock by weeks does not set off everyone
 * else's timers.
 */
class ActionOverTheHolidaysTest {

    /** Every step's date, for an action due on {@code due}; the steps go out at the start of the working day. */
    record Christmas(LocalDate due, LocalDate dueSoon, LocalDate firstRung, LocalDate secondRung) {
    }

    private static final List<Christmas> CHRISTMASES = List.of(
            // Fri 25 Dec, Mon 28 Dec (Boxing Day substitute), Fri 1 Jan
            new Christmas(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 6)),
            // Mon 27 and Tue 28 Dec (both substitutes), Mon 3 Jan (substitute)
            new Christmas(LocalDate.of(2027, 12, 29), LocalDate.of(2027, 12, 23), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 6)),
            // Mon 25, Tue 26 Dec, Mon 1 Jan
            new Christmas(LocalDate.of(2028, 12, 27), LocalDate.of(2028, 12, 21), LocalDate.of(2028, 12, 29), LocalDate.of(2029, 1, 4)),
            // Tue 25, Wed 26 Dec, Tue 1 Jan
            new Christmas(LocalDate.of(2029, 12, 27), LocalDate.of(2029, 12, 21), LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 4)));

    private static ConfigurableApplicationContext convene;

    @BeforeAll
    static void start() {
        convene = OwnConvene.start("holidays");
    }

    @AfterAll
    static void stop() {
        convene.close();
    }

    @Test
    void remindersAndEscalationsStepOverChristmasAndNewYear() {
        TimeMachine time = convene.getBean(TimeMachine.class);
        Deadlines deadlines = convene.getBean(Deadlines.class);
        Directory directory = convene.getBean(Directory.class);
        ActionRepository repository = convene.getBean(ActionRepository.class);
        ActionService actions = convene.getBean(ActionService.class);
        Person owner = directory.personByUsername("sam.social").orElseThrow();
        Christmas christmas = CHRISTMASES.stream().filter(c -> c.dueSoon().isAfter(time.today())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Add the next Christmas to this test, from GOV.UK's bank holidays"));

        long id = actions.raise("cara.chair", "Visit the family at home", owner.id(), null, christmas.due()).getId();
        await().until(() -> repository.findById(id).orElseThrow().getProcessInstanceKey() != null);

        Instant dueSoon = stepTo(deadlines.startOf(christmas.dueSoon()), id, Action::getReminderSentAt);
        Instant dueToday = stepTo(deadlines.startOf(christmas.due()), id, Action::getDueDayReminderSentAt);
        Instant overdue = stepTo(deadlines.endOf(christmas.due()), id, Action::getOverdueAt);
        Instant firstRung = stepTo(deadlines.startOf(christmas.firstRung()), id, action -> escalatedAt(id, 1));
        Instant secondRung = stepTo(deadlines.startOf(christmas.secondRung()), id, action -> escalatedAt(id, 2));

        assertThat(List.of(dueSoon, dueToday, overdue, firstRung, secondRung)).isSorted();
        assertThat(jdbc().queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id", String.class,
                owner.email(), "%/actions/" + id + "\n%"))
                .containsExactly("An action has been assigned to you", "An action is due soon", "An action is due today", "An action is overdue");
        assertThat(escalations().findByActionIdOrderById(id)).extracting(ActionEscalation::escalatedToId)
                .containsExactly(directory.personByUsername("mo.manager").orElseThrow().id(), directory.personByUsername("hugo.head").orElseThrow().id());
    }

    /**
     * Moves the clock to a minute before the step is due, then to just after it, and returns when the step was done.
     * Done on any earlier day, it would carry that day's time; not done at its time, it would never be seen.
     */
    private static Instant stepTo(Instant due, long actionId, Function<Action, Instant> doneAt) {
        TimeMachine time = convene.getBean(TimeMachine.class);
        ActionRepository repository = convene.getBean(ActionRepository.class);
        time.advanceTo(due.minus(Duration.ofMinutes(1)));
        time.advanceTo(due);
        Instant done = await().atMost(Duration.ofSeconds(20))
                .until(() -> doneAt.apply(repository.findById(actionId).orElseThrow()), at -> at != null);
        assertThat(done).as("done at its time, not before").isBetween(due, due.plus(Duration.ofMinutes(10)));
        return done;
    }

    private static Instant escalatedAt(long actionId, int rung) {
        return escalations().findByActionIdOrderById(actionId).stream().filter(e -> e.rung() == rung).map(ActionEscalation::escalatedAt).findFirst().orElse(null);
    }

    private static ActionEscalationRepository escalations() {
        return convene.getBean(ActionEscalationRepository.class);
    }

    private static JdbcTemplate jdbc() {
        return convene.getBean(JdbcTemplate.class);
    }
}
