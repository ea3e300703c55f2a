package org.convene.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.convene.calendar.Deadlines;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every timer path of bpmn/action.bpmn, by moving the engine's clock (and Convene's) rather than waiting. */
@ConveneTest
class ActionProcessTest {

    @Autowired ActionService actions;
    @Autowired ActionEscalationRepository escalations;
    @Autowired ActionRepository repository;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.convene.workflow.Processes processes;

    private Person owner;
    private Person manager;
    private Person chair;
    private Person headOfService;

    @BeforeEach
    void people() {
        owner = directory.personByUsername("sam.social").orElseThrow();
        manager = directory.personByUsername("mo.manager").orElseThrow();
        chair = directory.personByUsername("cara.chair").orElseThrow();
        headOfService = directory.personByUsername("hugo.head").orElseThrow();
    }

    @Test
    void remindersThenOverdueThenTheEscalationLadder() {
        Action action = raiseDueInFiveWorkingDays();
        long id = action.getId();
        // The process is started once the change has committed, and recorded when the engine answers.
        await().atMost(Duration.ofSeconds(20)).until(() -> processStarted(id));
        awaitMails(owner, id, "An action has been assigned to you");

        time.advanceTo(deadlines.before(action.getDueDate(), org.convene.calendar.Timescale.of("2 working days")));
        awaitMails(owner, id, "An action has been assigned to you", "An action is due soon");

        time.advanceTo(deadlines.startOf(action.getDueDate()));
        awaitMails(owner, id, "An action has been assigned to you", "An action is due soon", "An action is due today");

        time.advanceTo(deadlines.endOf(action.getDueDate()));
        awaitMails(owner, id, "An action has been assigned to you", "An action is due soon", "An action is due today", "An action is overdue");
        awaitMails(chair, id, "An action is overdue");
        assertThat(repository.findById(id).orElseThrow().getOverdueAt()).isNotNull();

        time.advanceTo(deadlines.after(action.getDueDate(), org.convene.calendar.Timescale.of("2 working days")));
        awaitMails(manager, id, "An overdue action has been escalated to you");

        time.advanceTo(deadlines.after(action.getDueDate(), org.convene.calendar.Timescale.of("5 working days")));
        awaitMails(headOfService, id, "An overdue action has been escalated to you");
        assertThat(escalations.findByActionIdOrderById(id)).extracting(ActionEscalation::rung, ActionEscalation::escalatedToId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, manager.id()), org.assertj.core.groups.Tuple.tuple(2, headOfService.id()));
        assertThat(auditActions(id)).containsExactly("action.raised", "action.reminded", "action.reminded",
                "action.overdue", "action.escalated", "action.escalated");
    }

    @Test
    void aCompletedActionIsNeverRemindedOrEscalated() {
        Action action = raiseDueInFiveWorkingDays();
        long id = action.getId();
        await().until(() -> processStarted(id));
        actions.complete(owner.username(), id, ActionOutcome.DONE, "Visited on Monday");

        time.advanceTo(deadlines.after(action.getDueDate(), org.convene.calendar.Timescale.of("6 working days")));
        assertThat(mailsTo(owner, id)).containsExactly("An action has been assigned to you");
        assertThat(mailsTo(manager, id)).isEmpty();
        assertThat(escalations.findByActionIdOrderById(id)).isEmpty();
        assertThat(auditActions(id)).containsExactly("action.raised", "action.completed");
    }

    private Action raiseDueInFiveWorkingDays() {
        LocalDate due = calendar.addWorkingDays(time.today(), 5);
        return actions.raise(chair.username(), "Visit the family at home", owner.id(), null, due);
    }

    private boolean processStarted(long id) {
        return repository.findById(id).orElseThrow().getProcessInstanceKey() != null;
    }

    /**
     * After a restart the embedded engine hands out old keys again, so the key an action stored can name another
     * action's instance. Extending the first ends its own instance, by its id, and leaves the other's running.
     */
    @Test
    void extendingAnActionWhoseStoredKeyNamesAnotherInstanceLeavesThatInstanceRunning() {
        long first = raiseDueInFiveWorkingDays().getId();
        long second = raiseDueInFiveWorkingDays().getId();
        await().atMost(Duration.ofSeconds(20)).until(() -> processStarted(first) && processStarted(second));
        long firstInstance = repository.findById(first).orElseThrow().getProcessInstanceKey();
        long secondInstance = repository.findById(second).orElseThrow().getProcessInstanceKey();
        jdbc.update("update action set process_instance_key = ? where id = ?", secondInstance, first);

        actions.extend("cara.chair", first, calendar.addWorkingDays(time.today(), 10), "Waiting for the school's records");
        await().atMost(Duration.ofSeconds(20)).until(() -> !processes.isRunning(firstInstance));
        assertThat(processes.isRunning(secondInstance)).as("the other action's instance").isTrue();
        long restarted = repository.findById(first).orElseThrow().getProcessInstanceKey();
        assertThat(restarted).isNotIn(firstInstance, secondInstance);
        assertThat(processes.isRunning(restarted)).isTrue();
    }

    private void awaitMails(Person person, long actionId, String... subjects) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(person, actionId)).containsExactly(subjects));
    }

    private List<String> mailsTo(Person person, long actionId) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id",
                String.class, person.email(), "%/actions/" + actionId + "\n%");
    }

    private List<String> auditActions(long actionId) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'action' and entity_id = ? order by seq",
                String.class, String.valueOf(actionId));
    }
}
