package org.convene.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.action.ActionOutcome;
import org.convene.action.ActionService;
import org.convene.assessment.AssessmentService;
import org.convene.briefing.BriefingService;
import org.convene.briefing.DailyBriefing;
import org.convene.briefing.IncidentKind;
import org.convene.briefing.IncidentSource;
import org.convene.briefing.NewIncident;
import org.convene.briefing.Triage;
import org.convene.briefing.TriageDecision;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.locality.LocalityService;
import org.convene.locality.Occurrence;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.family.Baseline;
import org.convene.family.FamilyService;
import org.convene.family.MeetingStage;
import org.convene.family.NewMember;
import org.convene.family.NewReferral;
import org.convene.family.NewTask;
import org.convene.family.OfferAnswer;
import org.convene.family.PlanTerms;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.minutes.EntryKind;
import org.convene.minutes.MinutesService;
import org.convene.minutes.Visibility;
import org.convene.missing.InterviewRecord;
import org.convene.missing.MissingFrom;
import org.convene.missing.MissingService;
import org.convene.missing.NewEpisode;
import org.convene.missing.ReporterKind;
import org.convene.missing.ReturnHow;
import org.convene.missing.RiskGrade;
import org.convene.missing.UpdateKind;
import org.convene.strategy.NewConcern;
import org.convene.strategy.Section47Decision;
import org.convene.strategy.StrategyRecord;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few weeks of a children's services team, built once through the services as people would do it: concerns and their
 * meetings at every stage (an unallocated concern, one waiting to be convened, one convened, one held with its record
 * half written, one with approved and corrected minutes that started a section 47 enquiry, one cancelled), an invitee
 * without e-mail, actions at every rung of the ladder, a child back from being missing with an interview to record, and
 * two families referred for a family network meeting (one with its plan sent, one that declined). The restricted entries and the children's names are markers
 * that a test can look for in whatever a reader is sent. The meeting fields are meeting ids; the case fields, concerns'.
 */
public class Scenario {

    public static final String POLICE_ONLY = "Police-only marker: a car linked to the adult of concern was seen outside";
    public static final String HEALTH_ONLY = "Health-only marker: two A and E visits with unexplained injuries";
    public static final String CARE_ONLY = "Care-only marker: the sibling's placement is about to end";
    public static final String SHARED = "Shared marker: attendance at school has fallen to 60%";
    public static final String DRAFT_POLICE_ONLY = "Draft police-only marker: the phone was seized";
    public static final String CHILD = "Zofia Wiśniewska";
    public static final String CHILD_SURNAME = "Wiśniewska";
    public static final String CHILD_WORDS = "Child's words marker: I feel safe at my nan's";
    public static final String OFFLINE_ADDRESS = "12 Acacia Avenue, Leeds LS1 1AA";
    public static final String MISSING_CHILD = "Fay Missingchild";
    public static final String MISSING_POLICE_ONLY = "Missing police-only marker: seen in the car of a man known to the police";
    public static final String MISSING_CHILD_WORDS = "Missing child's words marker: they gave me a phone";
    public static final String FAMILY_CHILD = "Noor Familychild";
    public static final String FAMILY_WORRIES = "Family worries marker: left alone at night";
    public static final String INCIDENT_CHILD = "Kai Incidentchild";
    public static final String INCIDENT_CIRCUMSTANCES = "Incident marker: a knife was passed between the boys";

    public long unallocated;
    public long raised;
    public long convened;
    public long held;
    public long minutes;
    public long cancelled;
    public long withdrawnInvitation;
    public long minutesChild;
    /** A child reported missing by the police and back: the interview is assigned to the charity's worker. */
    public long missingEpisode;
    public long offlineInvitation;
    public long unallocatedCase;
    public long raisedCase;
    public long minutesCase;
    public long cancelledCase;
    /** A family referred by the social worker, coordinated by Fay: its plan sent, the review to come. */
    public long familyReferral;
    public long familyMember;
    /** Another family, which declined once the meeting was under way: every change is refused after access. */
    public long declinedReferral;
    public long declinedMember;
    public long declinedTask;

    /** An incident for the daily briefing, naming a child and a peer group, not yet triaged; and one already triaged. */
    public long incident;
    public long triagedIncident;
    /** The briefing whose agenda holds them. */
    public long briefing;
    public LocalDate briefingDate;

    /** The North locality's series (the demo's), and two of its coming dates. */
    public long northSeries;
    public LocalDate northDate;
    public LocalDate northLaterDate;
    /** The peer group the incident names, referred to the North series, and its assessment, led by Sam. */
    public long castleParkGroup;
    public long assessment;

    public long actionLater;
    public long actionDueToday;
    public long actionOverdue;
    public long actionRung1;
    public long actionRung2;
    public long policeActionRung2;
    public long actionCompleted;
    public long actionToCancel;
    public long anotherActionToCancel;
    public long rung1Escalation;
    public long policeRung2Escalation;

    private final MeetingService meetings;
    private final StrategyService strategies;
    private final StrategyRecord strategyRecord;
    private final MinutesService minutesService;
    private final ActionService actions;
    private final MissingService missing;
    private final FamilyService family;
    private final BriefingService briefings;
    private final LocalityService localities;
    private final AssessmentService assessments;
    private final TransactionTemplate transactions;
    private final Directory directory;
    private final WorkingDayCalendar calendar;
    private final TimeMachine time;
    private final JdbcTemplate jdbc;
    private boolean built;

    public Scenario(MeetingService meetings, StrategyService strategies, StrategyRecord strategyRecord, MinutesService minutesService,
                    ActionService actions, MissingService missing, FamilyService family, BriefingService briefings, LocalityService localities,
                    AssessmentService assessments, TransactionTemplate transactions, Directory directory, WorkingDayCalendar calendar,
                    TimeMachine time, JdbcTemplate jdbc) {
        this.assessments = assessments;
        this.transactions = transactions;
        this.meetings = meetings;
        this.strategies = strategies;
        this.strategyRecord = strategyRecord;
        this.minutesService = minutesService;
        this.actions = actions;
        this.missing = missing;
        this.family = family;
        this.briefings = briefings;
        this.localities = localities;
        this.directory = directory;
        this.calendar = calendar;
        this.time = time;
        this.jdbc = jdbc;
    }

    public long id(String username) {
        return directory.personByUsername(username).orElseThrow().id();
    }

    public long agency(AgencyKind kind) {
        return directory.agencies().stream().filter(a -> a.kind() == kind).findFirst().map(Agency::id).orElseThrow();
    }

    /** Builds the scenario the first time it is asked for; later calls find it built. */
    public synchronized Scenario build() {
        if (built) {
            return this;
        }
        LocalDate today = time.today();
        LocalDate target = calendar.addWorkingDays(today, 12);
        LocalDate meetingDay = calendar.addWorkingDays(today, 1);

        unallocatedCase = strategies.raise("mo.manager", concern("Ava Unallocated", null)).getId();
        unallocated = firstMeeting(unallocatedCase);
        raisedCase = strategies.raise("cara.chair", concern("Ben Waiting", id("priya.lead"))).getId();
        raised = firstMeeting(raisedCase);
        cancelledCase = strategies.raise("cara.chair", concern("Cal Cancelled", id("cara.chair"))).getId();
        cancelled = firstMeeting(cancelledCase);
        meetings.cancel("cara.chair", cancelled, "The family moved out of the area");

        minutesCase = strategies.raise("cara.chair", new NewConcern("Seen with older males at the bus station late at night",
                "Ellen Education", agency(AgencyKind.EDUCATION), "ellen.education@convene.example",
                List.of(Subject.child(CHILD, LocalDate.of(2012, 4, 3), "CS-1001")), id("cara.chair"))).getId();
        minutes = firstMeeting(minutesCase);
        Instant minutesStart = at(meetingDay, 10);
        meetings.convene("cara.chair", minutes, minutesStart, minutesStart.plus(Duration.ofHours(1)), "Room 4, Civic Centre", null,
                List.of(Invitee.person(id("sam.social")), Invitee.person(id("pat.police")),
                        Invitee.agency(agency(AgencyKind.HEALTH)), Invitee.person(id("eddie.dsl"))));
        withdrawnInvitation = meetings.invite("cara.chair", minutes, Invitee.person(id("yusuf.youth"))).getId();
        meetings.removeInvitation("cara.chair", minutes, withdrawnInvitation);
        offlineInvitation = meetings.invite("cara.chair", minutes, Invitee.withoutEmail("Grandmother of the child", null, InvitationContact.POST,
                OFFLINE_ADDRESS)).getId();
        meetings.recordContacted("cara.chair", minutes, offlineInvitation);

        held = firstMeeting(strategies.raise("ivan.iro", concern("Dan Held", id("ivan.iro"))).getId());
        Instant heldStart = at(meetingDay, 14);
        meetings.convene("ivan.iro", held, heldStart, heldStart.plus(Duration.ofHours(1)), null, "https://meet.convene.example/held",
                List.of(Invitee.person(id("sam.social")), Invitee.person(id("pat.police")), Invitee.person(id("hana.health"))));

        actionLater = samAction("Later visit", calendar.addWorkingDays(target, 20));
        actionDueToday = samAction("Visit due on the day", target);
        actionOverdue = samAction("Overdue visit", calendar.addWorkingDays(target, -1));
        actionRung1 = samAction("Visit escalated once", calendar.addWorkingDays(target, -3));
        actionRung2 = samAction("Visit escalated twice", calendar.addWorkingDays(target, -6));
        actionToCancel = samAction("Visit that may be cancelled", calendar.addWorkingDays(target, 20));
        anotherActionToCancel = samAction("Another visit that may be cancelled", calendar.addWorkingDays(target, 20));
        policeActionRung2 = actions.raise("cara.chair", "Share the intelligence report", null, agency(AgencyKind.POLICE),
                calendar.addWorkingDays(target, -6)).getId();
        actionCompleted = actions.raise("cara.chair", "Check the police systems", id("pat.police"), null, target).getId();
        actions.complete("pat.police", actionCompleted, ActionOutcome.DONE, "Checked");

        time.advanceTo(heldStart.plus(Duration.ofMinutes(70)));
        recordEveryoneAttended("cara.chair", minutes);
        writeAndApproveMinutes();
        recordEveryoneAttended("ivan.iro", held);
        minutesService.addEntry("ivan.iro", held, EntryKind.INFORMATION, agency(AgencyKind.POLICE), DRAFT_POLICE_ONLY,
                Visibility.RESTRICTED, List.of(agency(AgencyKind.POLICE)), null);

        time.advanceTo(at(target, 10));
        Instant convenedStart = at(calendar.addWorkingDays(target, 2), 11);
        convened = firstMeeting(strategies.raise("cara.chair", concern("Eve Convened", id("cara.chair"))).getId());
        meetings.convene("cara.chair", convened, convenedStart, convenedStart.plus(Duration.ofHours(1)), "Room 2, Civic Centre", null,
                List.of(Invitee.person(id("sam.social")), Invitee.person(id("pat.police")),
                        Invitee.agency(agency(AgencyKind.HEALTH)), Invitee.person(id("eddie.dsl"))));

        rung1Escalation = await().atMost(Duration.ofSeconds(30)).until(() -> escalation(actionRung1, 1), id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> escalation(actionRung2, 2), id -> id != null);
        policeRung2Escalation = await().atMost(Duration.ofSeconds(30)).until(() -> escalation(policeActionRung2, 2), id -> id != null);
        await().atMost(Duration.ofSeconds(30)).until(() -> overdue(actionOverdue));
        missingEpisode = missing.report("pat.police", new NewEpisode(null, MISSING_CHILD, LocalDate.of(2010, 1, 2), null, ReporterKind.POLICE,
                "PC Jones", "AS-1001", MissingFrom.HOME, null, time.now().minus(Duration.ofHours(3)), time.now().minus(Duration.ofHours(1)),
                false, false, null, null, RiskGrade.LOW, null, id("sam.social"), null)).getId();
        missing.addUpdate("pat.police", missingEpisode, UpdateKind.POLICE_UPDATE, MISSING_POLICE_ONLY, Visibility.RESTRICTED,
                Set.of(agency(AgencyKind.POLICE)));
        missing.recordReturn("pat.police", missingEpisode, time.now(), "Home", ReturnHow.FOUND_BY_POLICE, "PC Jones");
        missing.assignInterview("sam.social", missingEpisode, id("chloe.charity"), null);
        missing.saveInterviewRecord("chloe.charity", missingEpisode, new InterviewRecord("Arguments at home", null, null, null, null, null,
                null, MISSING_CHILD_WORDS, null, Set.of(agency(AgencyKind.POLICE))));
        buildFamilies();
        buildIncidents();
        northSeries = localities.visibleSeries("mo.manager").stream().filter(view -> view.locality().name().equals("North")).findFirst()
                .orElseThrow().series().getId();
        List<LocalDate> comingNorthDates = localities.read("mo.manager", northSeries).dates().stream()
                .filter(date -> date.startsAt().isAfter(time.now())).map(Occurrence::originalDate).toList();
        northDate = comingNorthDates.get(0);
        northLaterDate = comingNorthDates.get(1);
        castleParkGroup = jdbc.queryForObject("select id from subject where kind = 'PEER_GROUP' and name = 'Castle Park group'", Long.class);
        // To the first date not yet begun, whatever the weekday (urgent when its cut-off has passed), so that the incident
        // just logged, naming a child only the briefing's members may see, is on that date's agenda every day the suite runs
        localities.refer("pat.police", northSeries, new org.convene.locality.NewReferral(northDate, castleParkGroup, null, null, null,
                "Knife found at the park", "A knife was found where they meet"));
        if (localities.agenda("mo.manager", northSeries, northDate).incidents().stream().noneMatch(line -> line.incident().getId() == incident)) {
            throw new IllegalStateException("The scenario's incident is not on the North date's agenda: the access tests would prove nothing");
        }
        assessment = transactions.execute(status -> assessments.start("mo.manager", castleParkGroup, northSeries, id("sam.social"), null)).id();
        built = true;
        return this;
    }

    private void buildIncidents() {
        incident = briefings.log("pat.police", new NewIncident("AS-INC-1001", time.now().minus(Duration.ofHours(2)), IncidentKind.WEAPONS,
                INCIDENT_CIRCUMSTANCES, "Castle Park", null, List.of(new NewIncident.NamedChild(INCIDENT_CHILD, LocalDate.of(2011, 1, 2))),
                List.of("Castle Park group")), IncidentSource.API).getId();
        triagedIncident = briefings.log("pat.police", new NewIncident("AS-INC-1002", time.now().minus(Duration.ofHours(1)), IncidentKind.DRUGS,
                "Cannabis found in a bag", null, null, List.of(), List.of()), IncidentSource.FORM).getId();
        briefings.triage("mo.manager", triagedIncident, new Triage(TriageDecision.NO_FURTHER_ACTION, "Adult only", null, null, null, null, null, null));
        DailyBriefing day = briefings.today("mo.manager").briefing();
        briefing = day.getId();
        briefingDate = day.getBriefingDate();
    }

    private void buildFamilies() {
        familyReferral = referFamily(FAMILY_CHILD);
        familyMember = family.addMember("sam.social", familyReferral, new NewMember("Maria Aunt", "Aunt", InvitationContact.POST, null,
                "4 Example Road", null, false, null, true, true, OfferAnswer.ACCEPTED)).getId();
        long network = meetings.ofCase("FAMILY", familyReferral).stream().filter(m -> m.getType().equals("FAMILY_NETWORK_MEETING")).findFirst()
                .orElseThrow().getId();
        Instant start = at(calendar.addWorkingDays(time.today(), 3), 10);
        meetings.convene("fay.family", network, start, start.plus(Duration.ofHours(2)), "Children's Centre", null, List.of(Invitee.person(id("sam.social"))));
        family.invite("fay.family", familyReferral, familyMember, InvitationContact.POST);
        holdFamilyMeeting(familyReferral, familyMember);
        family.addTask("fay.family", familyReferral, new NewTask("Write to the school", null, id("sam.social"), null, time.today().plusDays(14), "Fay Family"));
        family.agreePlan("fay.family", familyReferral, new PlanTerms(null, "The children stay with their aunt", true, null));
        family.sendPlan("fay.family", familyReferral);

        declinedReferral = referFamily("Ola Declined");
        declinedMember = family.addMember("fay.family", declinedReferral, new NewMember("Ben Uncle", "Uncle", InvitationContact.PHONE, null,
                "07700 900123", null, false, null, true, true, OfferAnswer.ACCEPTED)).getId();
        declinedTask = holdFamilyMeeting(declinedReferral, declinedMember);
        family.decline("sam.social", declinedReferral, "The parents withdrew");
    }

    private long referFamily(String child) {
        long id = family.refer("sam.social", new NewReferral(List.of(Subject.child(child, LocalDate.of(2015, 3, 3), null)), "Asked for help",
                FAMILY_WORRIES, true)).getId();
        family.allocate("mo.manager", id, id("fay.family"));
        family.recordBaseline("fay.family", id, new Baseline("A plan for nights", "Who can stay at night?", "Never alone overnight", null));
        return id;
    }

    /** Preparation, the meeting's stages, and one task for the member: returns the task. */
    private long holdFamilyMeeting(long referral, long member) {
        family.finishPreparation("fay.family", referral, "Wants to stay near school");
        for (MeetingStage stage : MeetingStage.values()) {
            family.recordStage("fay.family", referral, stage);
        }
        return family.addTask("fay.family", referral, new NewTask("Stay at night", member, null, null, time.today().plusDays(14), "Fay Family")).id();
    }

    private void writeAndApproveMinutes() {
        minutesService.addEntry("cara.chair", minutes, EntryKind.INFORMATION, agency(AgencyKind.POLICE), POLICE_ONLY,
                Visibility.RESTRICTED, List.of(agency(AgencyKind.POLICE)), null);
        minutesService.addEntry("cara.chair", minutes, EntryKind.INFORMATION, agency(AgencyKind.HEALTH), HEALTH_ONLY,
                Visibility.RESTRICTED, List.of(agency(AgencyKind.HEALTH)), null);
        minutesService.addEntry("cara.chair", minutes, EntryKind.INFORMATION, agency(AgencyKind.SOCIAL_CARE), CARE_ONLY,
                Visibility.RESTRICTED, List.of(agency(AgencyKind.SOCIAL_CARE)), null);
        minutesService.addEntry("cara.chair", minutes, EntryKind.INFORMATION, agency(AgencyKind.EDUCATION), SHARED,
                Visibility.PROFESSIONALS, List.of(), null);
        minutesChild = jdbc.queryForObject("select subject_id from subject_case where case_type = 'STRATEGY' and case_id = ?", Long.class, minutesCase);
        strategyRecord.saveChild("cara.chair", minutes, minutesChild, "Exploitation by older males", "Goes to school most days",
                "Joint visit with police", Section47Decision.SECTION_47_JOINT, "Likely significant harm", CHILD_WORDS, null);
        minutesService.addAction("cara.chair", minutes, "Joint home visit", id("pat.police"), null, calendar.addWorkingDays(time.today(), 25));
        minutesService.approve("cara.chair", minutes, "convene-demo");
        minutesService.startCorrection("cara.chair", minutes, "The school's attendance figure was wrong");
        minutesService.addEntry("cara.chair", minutes, EntryKind.INFORMATION, agency(AgencyKind.EDUCATION),
                "Correction: attendance is 64%", Visibility.PROFESSIONALS, List.of(), null);
        minutesService.approve("cara.chair", minutes, "convene-demo");
    }

    private void recordEveryoneAttended(String chair, long meetingId) {
        Map<Long, Attendance> present = meetings.invitationsOf(meetingId).stream().filter(Invitation::isActive)
                .collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld(chair, meetingId, present, Map.of(), Map.of(), null, true);
    }

    private long samAction(String title, LocalDate due) {
        return actions.raise("cara.chair", title, id("sam.social"), null, due).getId();
    }

    private NewConcern concern(String child, Long chairId) {
        return new NewConcern("Worries about " + child + " going missing after school", "A teacher", agency(AgencyKind.EDUCATION), null,
                List.of(Subject.child(child, null, null)), chairId);
    }

    private long firstMeeting(long caseId) {
        return meetings.ofCase("STRATEGY", caseId).stream().mapToLong(Meeting::getId).min().orElseThrow();
    }

    private Long escalation(long actionId, int rung) {
        return jdbc.queryForList("select id from action_escalation where action_id = ? and rung = ?", Long.class, actionId, rung)
                .stream().findFirst().orElse(null);
    }

    private boolean overdue(long actionId) {
        return jdbc.queryForObject("select overdue_at is not null from action where id = ?", Boolean.class, actionId);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    /** The scenario for the tests of one Convene: {@code @Import(Scenario.Configuration.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        Scenario scenario(MeetingService meetings, StrategyService strategies, StrategyRecord strategyRecord, MinutesService minutes,
                          ActionService actions, MissingService missing, FamilyService family, BriefingService briefings,
                          LocalityService localities, AssessmentService assessments, org.springframework.transaction.PlatformTransactionManager transactions,
                          Directory directory, WorkingDayCalendar calendar, TimeMachine time, JdbcTemplate jdbc) {
            return new Scenario(meetings, strategies, strategyRecord, minutes, actions, missing, family, briefings, localities, assessments,
                    new TransactionTemplate(transactions), directory, calendar, time, jdbc);
        }
    }
}
