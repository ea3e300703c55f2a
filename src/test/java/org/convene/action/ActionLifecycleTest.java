package org.convene.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.shared.NotFoundException;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Extension, reassignment, cancellation and acknowledgement, each in the middle of the ladder, and who may do them. */
@ConveneTest
class ActionLifecycleTest {

    @Autowired ActionService actions;
    @Autowired ActionEscalationRepository escalations;
    @Autowired ActionDueDateChangeRepository dueDateChanges;
    @Autowired ActionReassignmentRepository reassignments;
    @Autowired ActionRepository repository;
    @Autowired ActionNotices notices;
    @Autowired Directory directory;
    @Autowired Deadlines deadlines;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private Person sam;
    private Person moManager;
    private Person pat;
    private Person danSergeant;

    @BeforeEach
    void people() {
        sam = person("sam.social");
        moManager = person("mo.manager");
        pat = person("pat.police");
        danSergeant = person("dan.sergeant");
    }

    @Test
    void extendingMidLadderKeepsTheOldDateAndRestartsTheTimers() {
        Action action = raiseForSam();
        long id = action.getId();
        LocalDate firstDue = action.getDueDate();
        time.advanceTo(deadlines.after(firstDue, Timescale.of("2 working days")));
        awaitSubjects(moManager, id, "An overdue action has been escalated to you");

        LocalDate newDue = calendar.addWorkingDays(time.today(), 5);
        actions.extend("mo.manager", id, newDue, "Family away until next week");
        await().until(() -> repository.findById(id).orElseThrow().getEscalationLevel() == 0);
        assertThat(dueDateChanges.findByActionIdOrderById(id)).singleElement().satisfies(change -> {
            assertThat(change.previousDueDate()).isEqualTo(firstDue);
            assertThat(change.newDueDate()).isEqualTo(newDue);
            assertThat(change.changedBy()).isEqualTo("mo.manager");
        });

        time.advanceTo(deadlines.before(newDue, Timescale.of("2 working days")));
        awaitSubjects(sam, id, "An action has been assigned to you", "An action is overdue", "An action is due soon");

        time.advanceTo(deadlines.after(newDue, Timescale.of("2 working days")));
        awaitSubjects(moManager, id, "An overdue action has been escalated to you", "An overdue action has been escalated to you");
        assertThat(escalations.findByActionIdOrderById(id)).extracting(ActionEscalation::dueDate).containsExactly(firstDue, newDue);
    }

    @Test
    void reassigningMidLadderMovesTheNotificationsToTheNewOwner() {
        Action action = raiseForSam();
        long id = action.getId();
        time.advanceTo(deadlines.endOf(action.getDueDate()));
        awaitSubjects(sam, id, "An action has been assigned to you", "An action is overdue");

        actions.reassign("cara.chair", id, pat.id(), null, "Police now lead on this");
        assertThat(subjects(pat, id)).containsExactly("An action has been assigned to you");

        time.advanceTo(deadlines.after(action.getDueDate(), Timescale.of("2 working days")));
        awaitSubjects(danSergeant, id, "An overdue action has been escalated to you");
        assertThat(subjects(moManager, id)).isEmpty();
        assertThat(reassignments.findByActionIdOrderById(id)).singleElement()
                .satisfies(r -> assertThat(r.fromPersonId()).isEqualTo(sam.id()));
    }

    @Test
    void aLateCatchUpSendsTheOwnerOneMailNotThree() {
        Action action = raiseForSam();
        long id = action.getId();
        time.advanceTo(deadlines.endOf(action.getDueDate()).plus(Duration.ofMinutes(5)));
        awaitSubjects(sam, id, "An action has been assigned to you", "An action is overdue");
        assertThat(repository.findById(id).orElseThrow().getDueDayReminderSentAt()).as("the skipped steps are recorded as done").isNotNull();
    }

    @Test
    void aCancelledActionSendsNothingMore() {
        Action action = raiseForSam();
        long id = action.getId();
        assertThatThrownBy(() -> actions.cancel("sam.social", id, "not needed")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.cancel("cara.chair", id, " ")).isInstanceOf(InvalidRequestException.class);
        actions.cancel("cara.chair", id, "Family moved out of the area");

        time.advanceTo(deadlines.after(action.getDueDate(), Timescale.of("6 working days")));
        assertThat(subjects(sam, id)).containsExactly("An action has been assigned to you");
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThatThrownBy(() -> actions.complete("sam.social", id, ActionOutcome.DONE, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEscalationIsAcknowledgedOnceByItsRecipientOrTheirManager() {
        Action action = raiseForSam();
        long id = action.getId();
        time.advanceTo(deadlines.after(action.getDueDate(), Timescale.of("2 working days")));
        await().atMost(Duration.ofSeconds(20)).until(() -> !escalations.findByActionIdOrderById(id).isEmpty());
        long escalationId = escalations.findByActionIdOrderById(id).getFirst().id();

        assertThatThrownBy(() -> actions.acknowledge("dan.sergeant", escalationId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actions.acknowledge("sam.social", escalationId)).isInstanceOf(AccessDeniedException.class);
        assertThat(actions.acknowledge("mo.manager", escalationId).acknowledgedBy()).isEqualTo("mo.manager");
        assertThatThrownBy(() -> actions.acknowledge("mo.manager", escalationId)).isInstanceOf(ConflictException.class);
        assertThat(auditActions(escalationId, "action-escalation")).containsExactly("escalation.acknowledged");
    }

    @Test
    void anAttendeeOfAnotherAgencyCannotSeeOrCompleteAnAction() throws Exception {
        long id = raiseForSam().getId();
        mvc.perform(get("/api/actions/" + id).with(httpBasic("pat.police", "convene-demo"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/actions/" + id + "/completion").with(httpBasic("pat.police", "convene-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"DONE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actions/" + id).with(user("pat.police").roles("ATTENDEE"))).andExpect(status().isNotFound());
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThat(auditActions(id, "action")).containsExactly("action.raised");
    }

    @Test
    void anyoneInAnOwningAgencyMayCompleteItsAction() {
        long id = actions.raise("cara.chair", "Share the intelligence report", null, pat.agencyId(), calendar.addWorkingDays(time.today(), 5)).getId();
        assertThatThrownBy(() -> actions.complete("sam.social", id, ActionOutcome.DONE, null)).isInstanceOf(NotFoundException.class);
        assertThat(actions.complete("dan.sergeant", id, ActionOutcome.DONE, "Shared").getStatus()).isEqualTo(ActionStatus.COMPLETED);
    }

    @Test
    void theSignedLinkCompletesWithoutSigningInButOnlyForTheCurrentOwner() throws Exception {
        Action action = raiseForSam();
        long id = action.getId();
        String samsLink = linkIn(sam, id);
        actions.reassign("cara.chair", id, pat.id(), null, "Police now lead on this");
        mvc.perform(get("/actions/" + id + "/complete").param("token", samsLink)).andExpect(status().isForbidden());
        mvc.perform(get("/actions/" + id + "/complete").param("token", samsLink + "x")).andExpect(status().isForbidden());

        String patsLink = linkIn(pat, id);
        mvc.perform(get("/actions/" + id + "/complete").param("token", patsLink)).andExpect(status().isOk());
        mvc.perform(post("/actions/" + id + "/complete").param("token", patsLink).param("outcome", "DONE")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk());
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'action' and entity_id = ? and action = 'action.completed'",
                String.class, String.valueOf(id))).isEqualTo("e-mail link to " + pat.email());
    }

    @Test
    void mailsAboutAnActionNeverSayWhatItIs() {
        Action action = actions.raise("cara.chair", "Visit Jamie Smith at 12 Acacia Road", sam.id(), null, calendar.addWorkingDays(time.today(), 5));
        List<String> bodies = jdbc.queryForList("select subject || ' ' || body_text || ' ' || coalesce(body_html, '') from outbox_mail where body_text like ?",
                String.class, "%/actions/" + action.getId() + "\n%");
        assertThat(bodies).isNotEmpty().allSatisfy(mail -> assertThat(mail).doesNotContain("Jamie", "Acacia"));
    }

    private Action raiseForSam() {
        return actions.raise("cara.chair", "Visit the family at home", sam.id(), null, calendar.addWorkingDays(time.today(), 5));
    }

    private String linkIn(Person owner, long actionId) {
        String body = jdbc.queryForList("select body_text from outbox_mail where recipient = ? and body_text like ? order by id desc",
                String.class, owner.email(), "%/actions/" + actionId + "/complete?token=%").getFirst();
        return body.substring(body.indexOf("token=") + 6).lines().findFirst().orElseThrow().trim();
    }

    private void awaitSubjects(Person person, long actionId, String... expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjects(person, actionId))
                .as(() -> "mails to " + person.username() + " about action " + actionId + ": " + mails(person, actionId)
                        + "; its audit: " + auditActions(actionId, "action"))
                .containsExactly(expected));
    }

    /** Each mail's row, for a failure to say where a mail came from. */
    private List<String> mails(Person person, long actionId) {
        return jdbc.queryForList("select id || ' ' || subject || ' created ' || created_at || ' ' || status from outbox_mail"
                + " where recipient = ? and body_text like ? order by id", String.class, person.email(), "%/actions/" + actionId + "\n%");
    }

    private List<String> subjects(Person person, long actionId) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id",
                String.class, person.email(), "%/actions/" + actionId + "\n%");
    }

    private List<String> auditActions(long entityId, String type) {
        return jdbc.queryForList("select action from audit_event where entity_type = ? and entity_id = ? order by seq",
                String.class, type, String.valueOf(entityId));
    }

    private Person person(String username) {
        return directory.personByUsername(username).orElseThrow();
    }
}
