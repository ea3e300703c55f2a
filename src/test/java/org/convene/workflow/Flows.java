package org.convene.workflow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.action.ActionService;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.MeetingService;
import org.convene.missing.MissingFrom;
import org.convene.missing.NewEpisode;
import org.convene.missing.ReporterKind;
import org.convene.missing.RiskGrade;
import org.convene.strategy.NewConcern;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The workflows' first steps, taken through the services of one running Convene, and what they left in its database. */
record Flows(ConfigurableApplicationContext context) {

    /** A strategy discussion asked for, with its meeting's process started. */
    long discussion() {
        long cara = personId("cara.chair");
        long concern = context.getBean(StrategyService.class).raise("cara.chair", new NewConcern("Recovery concern", "A teacher", null, null,
                List.of(Subject.child("Robin Recovery", null, null)), cara)).getId();
        long meeting = context.getBean(MeetingService.class).ofCase("STRATEGY", concern).getFirst().getId();
        await().atMost(Duration.ofSeconds(20)).until(() -> context.getBean(MeetingService.class).meeting(meeting).getProcessInstanceKey() != null);
        return meeting;
    }

    /** Convened with social care, the police and health invited. */
    void convene(long meeting, Instant start) {
        List<Invitee> required = context.getBean(Directory.class).agencies().stream()
                .filter(a -> Set.of(AgencyKind.SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH).contains(a.kind()))
                .map(a -> Invitee.agency(a.id())).toList();
        context.getBean(MeetingService.class).convene("cara.chair", meeting, start, start.plus(Duration.ofHours(1)), "Room 1", null, required);
    }

    /** Recorded as held with everyone present. */
    void hold(long meeting) {
        MeetingService meetings = context.getBean(MeetingService.class);
        Map<Long, Attendance> present = meetings.invitationsOf(meeting).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld("cara.chair", meeting, present, Map.of(), Map.of(), null, true);
    }

    long invitationsSent(long meetingId) {
        return jdbc().queryForObject("select count(*) from outbox_mail where subject = 'Invitation to a multi-agency meeting' and body_text like ?",
                Long.class, "%/meetings/" + meetingId + "\n%");
    }

    /** An action for sam.social, raised by cara.chair. */
    long raiseAction(LocalDate due) {
        return context.getBean(ActionService.class).raise("cara.chair", "Check school attendance", personId("sam.social"), null, due).getId();
    }

    /** The subjects of the mails about an action, oldest first. */
    List<String> actionMails(long actionId) {
        return jdbc().queryForList("select subject from outbox_mail where body_text like ? order by id", String.class, "%/actions/" + actionId + "\n%");
    }

    /** What the audit trail holds about one record, oldest first. */
    List<String> audit(String entityType, long id) {
        return jdbc().queryForList("select action from audit_event where entity_type = ? and entity_id = ? order by seq", String.class,
                entityType, String.valueOf(id));
    }

    Long processInstanceKey(String table, long id) {
        return jdbc().queryForObject("select process_instance_key from " + table + " where id = ?", Long.class, id);
    }

    long personId(String username) {
        return jdbc().queryForObject("select id from person where username = ?", Long.class, username);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** A child reported missing from a care placement by a carer, an hour before it was reported. */
    static NewEpisode episode(String child, Instant reported) {
        return new NewEpisode(null, child, null, null, ReporterKind.CARER, "Carer", null, MissingFrom.CARE_PLACEMENT, null,
                reported.minus(Duration.ofHours(1)), reported, true, false, null, null, RiskGrade.MEDIUM, null, null, null);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
