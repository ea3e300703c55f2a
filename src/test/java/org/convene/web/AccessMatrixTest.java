package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Invitation;
import org.convene.meeting.MeetingService;
import org.convene.support.Scenario;
import org.convene.support.TimeMachine;
import org.convene.support.ScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every kind of person (the chair of a meeting, other chairs, attendees of each agency, an attendee who was not
 * invited or whose invitation was withdrawn, line managers, the head of service, an admin, an auditor, and nobody
 * signed in) against every read and write of meetings, minutes and actions, for objects they should and should not
 * reach. Each answer's status is checked, and every body is searched for text its reader may not read. Who may do
 * what is written out here by hand, from the scenario's people and invitations, not computed by the rules it checks.
 */
@ScenarioTest
class AccessMatrixTest {

    static final List<String> PEOPLE = List.of("cara.chair", "priya.lead", "ivan.iro", "mo.manager", "hugo.head", "sam.social",
            "pat.police", "dan.sergeant", "hana.health", "dee.designated", "eddie.dsl", "ellen.education", "yusuf.youth",
            "yvonne.youth", "chloe.charity", "cal.charity", "ada.admin", "arthur.auditor", "mia.coordinator", "fay.family");
    static final String ANONYMOUS = "(nobody signed in)";

    static final Set<String> MINUTES_VIEWERS = Set.of("cara.chair", "hugo.head", "ellen.education", "sam.social", "pat.police",
            "hana.health", "dee.designated", "eddie.dsl", "ada.admin", "arthur.auditor");
    static final Set<String> HELD_VIEWERS = Set.of("ivan.iro", "hugo.head", "sam.social", "pat.police", "hana.health", "ada.admin",
            "arthur.auditor");
    static final Set<String> CONVENED_VIEWERS = Set.of("cara.chair", "hugo.head", "sam.social", "pat.police", "hana.health",
            "dee.designated", "eddie.dsl", "ada.admin", "arthur.auditor");
    static final Set<String> RAISED_VIEWERS = Set.of("priya.lead", "cara.chair", "hugo.head", "ada.admin", "arthur.auditor");
    static final Set<String> UNALLOCATED_VIEWERS = Set.of("mo.manager", "hugo.head", "cara.chair", "priya.lead", "ivan.iro", "fay.family",
            "ada.admin", "arthur.auditor");
    static final Set<String> CANCELLED_VIEWERS = Set.of("cara.chair", "hugo.head", "ada.admin", "arthur.auditor");
    static final Set<String> SAM_ACTION_VIEWERS = Set.of("sam.social", "cara.chair", "mo.manager", "hugo.head", "ada.admin",
            "arthur.auditor");
    static final Set<String> POLICE_ACTION_VIEWERS = Set.of("pat.police", "dan.sergeant", "cara.chair", "hugo.head", "ada.admin",
            "arthur.auditor");
    static final Set<String> PAT_ACTION_VIEWERS = Set.of("pat.police", "dan.sergeant", "cara.chair", "ada.admin", "arthur.auditor");
    /** The missing episode: who logged it (and his line), the social worker (and hers), the interview's assignee (and hers), the coordinator. */
    static final Set<String> MISSING_VIEWERS = Set.of("pat.police", "dan.sergeant", "sam.social", "mo.manager", "hugo.head", "chloe.charity",
            "cal.charity", "mia.coordinator", "ada.admin", "arthur.auditor");
    static final Set<String> MISSING_ACTORS = Set.of("pat.police", "sam.social", "mia.coordinator");
    /** A family's referral: its coordinator, the social worker who referred it, the line above both, admins and auditors. */
    static final Set<String> FAMILY_VIEWERS = Set.of("fay.family", "sam.social", "mo.manager", "hugo.head", "ada.admin", "arthur.auditor");
    /** Everyone in children's social care, who may refer a family. */
    static final Set<String> FAMILY_REFERRERS = Set.of("cara.chair", "priya.lead", "ivan.iro", "mo.manager", "hugo.head", "sam.social",
            "mia.coordinator", "fay.family", "ada.admin", "arthur.auditor");

    /** The daily briefing's chair and standing members (convene.briefing.*), who see and triage the incident log. */
    static final Set<String> BRIEFING_MEMBERS = Set.of("mo.manager", "mia.coordinator", "dan.sergeant", "pat.police", "yusuf.youth", "chloe.charity");
    /** The members, and admins, who may also load it, log incidents. */
    static final Set<String> INCIDENT_LOGGERS = union(BRIEFING_MEMBERS, Set.of("ada.admin"));
    static final Set<String> BRIEFING_VIEWERS = union(INCIDENT_LOGGERS, Set.of("arthur.auditor"));

    /** The North locality's series: its chair, the line above her, its standing members, admins and auditors. */
    static final Set<String> NORTH_VIEWERS = Set.of("mo.manager", "hugo.head", "sam.social", "pat.police", "hana.health", "eddie.dsl", "yusuf.youth",
            "chloe.charity", "mia.coordinator", "ada.admin", "arthur.auditor");

    /** The Castle Park group: referred to the North series, and named in the incident the briefing's members see. */
    static final Set<String> CASTLE_PARK_VIEWERS = union(NORTH_VIEWERS, BRIEFING_VIEWERS);
    /** Its assessment, led by Sam: read by whoever sees the group; recorded and closed by Sam, or an admin. */
    static final Set<String> ASSESSMENT_VIEWERS = CASTLE_PARK_VIEWERS;
    static final Set<String> ASSESSMENT_CHANGERS = Set.of("sam.social", "ada.admin");

    /** Who may read each marker: anyone else must never be sent it, in any body. */
    static final Map<String, Set<String>> READERS = Map.ofEntries(
            Map.entry(Scenario.CHILD_SURNAME, union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS)),
            Map.entry(Scenario.CHILD_WORDS, MINUTES_VIEWERS),
            Map.entry(Scenario.SHARED, MINUTES_VIEWERS),
            Map.entry(Scenario.POLICE_ONLY, Set.of("cara.chair", "arthur.auditor", "pat.police")),
            Map.entry(Scenario.HEALTH_ONLY, Set.of("cara.chair", "arthur.auditor", "hana.health", "dee.designated")),
            Map.entry(Scenario.CARE_ONLY, Set.of("cara.chair", "arthur.auditor", "sam.social", "hugo.head", "ada.admin")),
            Map.entry(Scenario.DRAFT_POLICE_ONLY, Set.of("ivan.iro", "arthur.auditor")),
            Map.entry(Scenario.OFFLINE_ADDRESS, Set.of("cara.chair")),
            Map.entry(Scenario.MISSING_POLICE_ONLY, Set.of("pat.police", "dan.sergeant", "mia.coordinator", "arthur.auditor")),
            Map.entry(Scenario.MISSING_CHILD_WORDS, Set.of("pat.police", "dan.sergeant", "chloe.charity", "mia.coordinator", "arthur.auditor")),
            Map.entry(Scenario.MISSING_CHILD, MISSING_VIEWERS),
            Map.entry(Scenario.FAMILY_CHILD, FAMILY_VIEWERS),
            Map.entry(Scenario.FAMILY_WORRIES, FAMILY_VIEWERS),
            // The incident involves the Castle Park group, so it is on the North date's agenda; the child named with the
            // group is not North's, and its members who do not see the log get "Another child" in his place
            Map.entry(Scenario.INCIDENT_CHILD, BRIEFING_VIEWERS),
            Map.entry(Scenario.INCIDENT_CIRCUMSTANCES, CASTLE_PARK_VIEWERS));

    /** Endpoints that are not about one meeting or action, each with why it is left out of this matrix. */
    static final Map<String, String> NOT_IN_MATRIX = Map.ofEntries(
            Map.entry("GET /", "the home page holds no records"),
            Map.entry("GET /login", "the sign-in page"),
            Map.entry("GET /invitations/{id}", "answered by the invitation's own signed link (SignedLinksTest, ConcernToCirculatedMinutesTest)"),
            Map.entry("POST /invitations/{id}", "answered by the invitation's own signed link"),
            Map.entry("POST /api/invitations/{id}/answer", "answered by the invitation's own signed link"),
            Map.entry("GET /actions/{id}/complete", "completed through the owner's signed link (ActionLifecycleTest)"),
            Map.entry("POST /actions/{id}/complete", "completed through the owner's signed link (ActionLifecycleTest)"),
            Map.entry("GET /guest/invitations/{id}", "opened with the invitation's own guest link and a one-time code (GuestAccessTest)"),
            Map.entry("POST /guest/invitations/{id}/code", "opened with the invitation's own guest link and a one-time code (GuestAccessTest)"),
            Map.entry("POST /guest/invitations/{id}/session", "opened with the invitation's own guest link and a one-time code (GuestAccessTest)"),
            Map.entry("GET /guest/invitations/{id}/papers", "opened with the invitation's own guest link and a one-time code (GuestAccessTest)"),
            Map.entry("POST /api/incidents/csv", "a text/csv body, under the same rule as POST /api/incidents (IncidentCsvTest)"),
            Map.entry("POST /meetings/{id}/record/subjects/{subjectId}", "a locality meeting's record, under MinutesService.requireEditable like "
                    + "every section (LocalityMeetingRecordTest)"),
            Map.entry("POST /localities/{id}/dates/{date}/timed-items/{itemId}/remove", "needs an item: the chair's, under the same rule as adding one "
                    + "(LocalityTimedItemsTest)"),
            Map.entry("DELETE /api/localities/{id}/dates/{date}/timed-items/{itemId}", "needs an item: the chair's, under the same rule as adding one "
                    + "(LocalityTimedItemsTest)"));

    /** Whoever may see an action may see whom it is about: the police lead sees the child named in his officer's action. */
    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired Directory directory;
    @Autowired MeetingService meetings;
    @Autowired org.convene.locality.LocalityService localities;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Set<String> covered = new TreeSet<>();

    @BeforeEach
    void buildTheScenario() {
        scenario.build();
    }

    @TestFactory
    Stream<DynamicTest> readingMeetingsAndMinutes() {
        Scenario s = scenario;
        List<Case> cases = new ArrayList<>();
        Map<Long, Set<String>> viewers = Map.of(s.minutes, MINUTES_VIEWERS, s.held, HELD_VIEWERS, s.convened, CONVENED_VIEWERS,
                s.raised, RAISED_VIEWERS, s.unallocated, UNALLOCATED_VIEWERS, s.cancelled, CANCELLED_VIEWERS);
        caseViewers().forEach((concern, who) -> {
            cases.add(Case.page("GET", "/strategy/{id}", who, who, concern));
            cases.add(Case.api("GET", "/api/strategy/{id}", who, who, null, concern));
        });
        Set<String> childViewers = union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS);
        cases.add(Case.page("GET", "/subjects/{id}", childViewers, childViewers, s.minutesChild));
        cases.add(Case.api("GET", "/api/subjects/{id}", childViewers, childViewers, null, s.minutesChild));
        cases.add(Case.page("GET", "/meetings/{id}/invitations/{invitationId}/letter", Set.of("cara.chair"), MINUTES_VIEWERS, s.minutes, s.offlineInvitation));
        cases.add(Case.page("GET", "/meetings/{id}/invitations/{invitationId}/letter.pdf", Set.of("cara.chair"), MINUTES_VIEWERS, s.minutes,
                s.offlineInvitation));
        Map<Long, Set<String>> wholeRecord = Map.of(s.minutes, Set.of("cara.chair", "arthur.auditor"), s.held, Set.of("ivan.iro", "arthur.auditor"),
                s.convened, Set.of("cara.chair", "arthur.auditor"), s.raised, Set.of("priya.lead", "arthur.auditor"),
                s.unallocated, Set.of("arthur.auditor"), s.cancelled, Set.of("cara.chair", "arthur.auditor"));
        viewers.forEach((meeting, who) -> {
            cases.add(Case.page("GET", "/meetings/{id}", who, who, meeting));
            cases.add(Case.api("GET", "/api/meetings/{id}", who, who, null, meeting));
            cases.add(Case.api("GET", "/api/meetings/{id}/agenda", who, who, null, meeting));
            cases.add(Case.page("GET", "/meetings/{id}/minutes", who, who, meeting));
            cases.add(Case.api("GET", "/api/meetings/{meetingId}/minutes", who, who, null, meeting));
            cases.add(Case.page("GET", "/meetings/{id}/record", wholeRecord.get(meeting), who, meeting));
            cases.add(Case.api("GET", "/api/meetings/{meetingId}/record", wholeRecord.get(meeting), who, null, meeting));
        });
        for (long meeting : List.of(s.minutes, s.held, s.convened)) {
            cases.add(Case.page("GET", "/meetings/{id}/agenda.pdf", viewers.get(meeting), viewers.get(meeting), meeting));
        }
        for (String letter : List.of("/meetings/{id}/family-letters", "/meetings/{id}/family-letters/{family}", "/meetings/{id}/family-letters/{family}.pdf")) {
            cases.add(Case.page("GET", letter, Set.of("cara.chair"), MINUTES_VIEWERS, s.minutes, 1));
        }
        for (int version : List.of(1, 2)) {
            cases.add(Case.page("GET", "/meetings/{id}/minutes/{version}", MINUTES_VIEWERS, MINUTES_VIEWERS, s.minutes, version));
            cases.add(Case.page("GET", "/meetings/{id}/minutes/{version}.pdf", MINUTES_VIEWERS, MINUTES_VIEWERS, s.minutes, version));
            cases.add(Case.api("GET", "/api/meetings/{meetingId}/minutes/{version}", MINUTES_VIEWERS, MINUTES_VIEWERS, null, s.minutes, version));
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> changingMeetings() {
        Scenario s = scenario;
        long sam = s.id("sam.social");
        long invitation = meetings.invitationsOf(s.minutes).stream().filter(Invitation::isActive).findFirst().orElseThrow().getId();
        long agendaItem = jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ?", Long.class, s.minutes);
        long entry = jdbc.queryForObject("select min(id) from record_entry where meeting_id = ?", Long.class, s.minutes);
        String start = time.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
        String end = time.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS).toString();
        Set<String> chair = Set.of("cara.chair");
        Set<String> chairAssigners = Set.of("mo.manager", "hugo.head", "ada.admin");
        List<Case> cases = new ArrayList<>(List.of(
                Case.api("POST", "/api/meetings/{id}/chair", chairAssigners, UNALLOCATED_VIEWERS, "{\"chairId\": " + sam + "}", s.unallocated),
                Case.page("POST", "/meetings/{id}/chair", chairAssigners, UNALLOCATED_VIEWERS, s.unallocated).form("chair", String.valueOf(sam)),
                Case.api("POST", "/api/meetings/{id}/convening", chair, MINUTES_VIEWERS, "{\"startsAt\": \"" + start + "\", \"endsAt\": \"" + end
                        + "\", \"location\": \"Room 1\", \"invitees\": [{\"personId\": " + sam + "}]}", s.minutes),
                Case.page("POST", "/meetings/{id}/convening", chair, MINUTES_VIEWERS, s.minutes).form("date.day", "1", "date.month", "1",
                        "date.year", "2040", "startTime", "10:00", "endTime", "11:00", "location", "Room 1", "invitees", "person:" + sam),
                Case.api("POST", "/api/meetings/{id}/rescheduling", chair, MINUTES_VIEWERS, "{\"startsAt\": \"" + start + "\", \"endsAt\": \"" + end
                        + "\", \"location\": \"Room 1\"}", s.minutes),
                Case.page("POST", "/meetings/{id}/rescheduling", chair, MINUTES_VIEWERS, s.minutes).form("date.day", "1", "date.month", "1",
                        "date.year", "2040", "startTime", "10:00", "endTime", "11:00", "location", "Room 1"),
                Case.api("POST", "/api/meetings/{id}/cancellation", chair, MINUTES_VIEWERS, "{\"reason\": \"No longer needed\"}", s.minutes),
                Case.page("POST", "/meetings/{id}/cancellation", chair, MINUTES_VIEWERS, s.minutes).form("reason", "No longer needed"),
                Case.api("POST", "/api/meetings/{id}/invitations", chair, MINUTES_VIEWERS, "{\"personId\": " + sam + "}", s.minutes),
                Case.page("POST", "/meetings/{id}/invitations/without-email", chair, MINUTES_VIEWERS, s.minutes)
                        .form("name", "A grandparent", "contact", "PHONE", "contactDetails", "0113 496 0000"),
                Case.api("POST", "/api/meetings/{id}/invitations/{invitationId}/contacted", chair, MINUTES_VIEWERS, null, s.minutes, s.offlineInvitation),
                Case.page("POST", "/meetings/{id}/invitations/{invitationId}/contacted", chair, MINUTES_VIEWERS, s.minutes, s.offlineInvitation),
                Case.api("POST", "/api/strategy/{id}/chair", chairAssigners, UNALLOCATED_VIEWERS, "{\"chairId\": " + sam + "}", s.unallocatedCase),
                Case.page("POST", "/strategy/{id}/chair", chairAssigners, UNALLOCATED_VIEWERS, s.unallocatedCase).form("chair", String.valueOf(sam)),
                Case.api("POST", "/api/strategy/{id}/discussions", Set.of("priya.lead"), RAISED_VIEWERS, null, s.raisedCase),
                Case.page("POST", "/strategy/{id}/discussions", Set.of("priya.lead"), RAISED_VIEWERS, s.raisedCase),
                Case.api("POST", "/api/strategy/{id}/complex", Set.of("priya.lead"), RAISED_VIEWERS, "{\"reason\": \"Several families\"}", s.raisedCase),
                Case.page("POST", "/strategy/{id}/complex", Set.of("priya.lead"), RAISED_VIEWERS, s.raisedCase).form("reason", "Several families"),
                Case.api("POST", "/api/strategy/{id}/outcome", Set.of("priya.lead"), RAISED_VIEWERS, "{\"outcome\": \"Not substantiated\"}", s.raisedCase),
                Case.page("POST", "/strategy/{id}/outcome", Set.of("priya.lead"), RAISED_VIEWERS, s.raisedCase).form("outcome", "Not substantiated"),
                Case.api("POST", "/api/strategy/{id}/cancellation", Set.of("cara.chair", "hugo.head", "ada.admin"), MINUTES_VIEWERS,
                        "{\"reason\": \"Not needed\"}", s.minutesCase),
                Case.page("POST", "/strategy/{id}/cancellation", Set.of("cara.chair", "hugo.head", "ada.admin"), MINUTES_VIEWERS, s.minutesCase)
                        .form("reason", "Not needed"),
                Case.api("POST", "/api/subjects/{id}/links", union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS), union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS),
                        "{\"toSubjectId\": " + s.minutesChild + "}", s.minutesChild),
                Case.page("POST", "/subjects/{id}/links", union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS), union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS),
                        s.minutesChild).form("to", String.valueOf(s.minutesChild)),
                Case.page("POST", "/subjects/{id}/links/new", union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS), union(MINUTES_VIEWERS, PAT_ACTION_VIEWERS),
                        s.minutesChild).form("kind", "CHILD", "name", "Not a peer group"),
                Case.page("POST", "/meetings/{id}/invitations", chair, MINUTES_VIEWERS, s.minutes).form("invitee", "person:" + sam),
                Case.api("DELETE", "/api/meetings/{id}/invitations/{invitationId}", chair, MINUTES_VIEWERS, null, s.minutes, invitation),
                Case.page("POST", "/meetings/{id}/invitations/{invitationId}/removal", chair, MINUTES_VIEWERS, s.minutes, invitation),
                Case.api("POST", "/api/meetings/{id}/invitations/{invitationId}/answer", chair, MINUTES_VIEWERS, "{\"answer\": \"ACCEPTED\"}",
                        s.minutes, invitation),
                Case.page("POST", "/meetings/{id}/invitations/{invitationId}/answer", chair, MINUTES_VIEWERS, s.minutes, invitation)
                        .form("answer", "ACCEPTED"),
                Case.api("POST", "/api/meetings/{id}/held", chair, MINUTES_VIEWERS, "{\"attendance\": {}}", s.minutes),
                Case.page("POST", "/meetings/{id}/held", chair, MINUTES_VIEWERS, s.minutes),
                Case.api("POST", "/api/meetings/{id}/agenda", chair, MINUTES_VIEWERS, "{\"title\": \"Another item\"}", s.minutes),
                Case.page("POST", "/meetings/{id}/agenda", chair, MINUTES_VIEWERS, s.minutes).form("title", "Another item"),
                Case.api("POST", "/api/meetings/{id}/agenda/{itemId}", chair, MINUTES_VIEWERS, "{\"title\": \"Changed\"}", s.minutes, agendaItem),
                Case.page("POST", "/meetings/{id}/agenda/{itemId}", chair, MINUTES_VIEWERS, s.minutes, agendaItem).form("title", "Changed"),
                Case.api("DELETE", "/api/meetings/{id}/agenda/{itemId}", chair, MINUTES_VIEWERS, null, s.minutes, agendaItem),
                Case.page("POST", "/meetings/{id}/agenda/{itemId}/removal", chair, MINUTES_VIEWERS, s.minutes, agendaItem),
                Case.api("POST", "/api/meetings/{meetingId}/record/entries", chair, MINUTES_VIEWERS,
                        "{\"kind\": \"INFORMATION\", \"text\": \"Late\", \"visibility\": \"PROFESSIONALS\"}", s.minutes),
                Case.page("POST", "/meetings/{id}/record/entries", chair, MINUTES_VIEWERS, s.minutes)
                        .form("kind", "INFORMATION", "text", "Late", "visibility", "PROFESSIONALS"),
                Case.page("POST", "/meetings/{id}/record/entries/{entryId}/removal", chair, MINUTES_VIEWERS, s.minutes, entry),
                Case.api("PUT", "/api/meetings/{meetingId}/record/children/{childId}", chair, MINUTES_VIEWERS, "{\"worries\": \"More\"}",
                        s.minutes, s.minutesChild),
                Case.page("POST", "/meetings/{id}/record/children/{childId}", chair, MINUTES_VIEWERS, s.minutes, s.minutesChild)
                        .form("worries", "More"),
                Case.api("POST", "/api/meetings/{meetingId}/record/actions", chair, MINUTES_VIEWERS,
                        "{\"description\": \"More\", \"ownerPersonId\": " + sam + ", \"dueDate\": \"2040-01-01\"}", s.minutes),
                Case.page("POST", "/meetings/{id}/record/actions", chair, MINUTES_VIEWERS, s.minutes)
                        .form("description", "More", "owner", "person:" + sam, "dueDate.day", "1", "dueDate.month", "1", "dueDate.year", "2040"),
                Case.api("PUT", "/api/meetings/{meetingId}/record/review", chair, MINUTES_VIEWERS, "{\"reviewBy\": null}", s.minutes),
                Case.page("POST", "/meetings/{id}/record/review", chair, MINUTES_VIEWERS, s.minutes),
                Case.api("POST", "/api/meetings/{meetingId}/minutes/approval", chair, MINUTES_VIEWERS, "{\"password\": \"convene-demo\"}", s.minutes),
                Case.page("POST", "/meetings/{id}/record/approval", chair, MINUTES_VIEWERS, s.minutes).form("password", "convene-demo"),
                Case.api("POST", "/api/meetings/{meetingId}/minutes/correction", Set.of("ivan.iro"), HELD_VIEWERS, "{\"reason\": \"Typo\"}", s.held),
                Case.page("POST", "/meetings/{id}/record/correction", Set.of("ivan.iro"), HELD_VIEWERS, s.held).form("reason", "Typo")));
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> readingAndChangingActions() {
        Scenario s = scenario;
        List<Case> cases = new ArrayList<>();
        Map<Long, Set<String>> viewers = new LinkedHashMap<>();
        for (long action : List.of(s.actionLater, s.actionDueToday, s.actionOverdue, s.actionRung1, s.actionRung2)) {
            viewers.put(action, SAM_ACTION_VIEWERS);
        }
        viewers.put(s.policeActionRung2, POLICE_ACTION_VIEWERS);
        viewers.put(s.actionCompleted, PAT_ACTION_VIEWERS);
        viewers.forEach((action, who) -> {
            cases.add(Case.page("GET", "/actions/{id}", who, who, action));
            cases.add(Case.api("GET", "/api/actions/{id}", who, who, null, action));
        });
        Set<String> samsManagers = Set.of("cara.chair", "mo.manager", "hugo.head");
        long sam = s.id("sam.social");
        cases.addAll(List.of(
                Case.api("POST", "/api/actions/{id}/completion", Set.of("sam.social"), SAM_ACTION_VIEWERS, "{\"outcome\": \"NOT_DONE\"}", s.actionRung1),
                Case.page("POST", "/actions/{id}/completion", Set.of("sam.social"), SAM_ACTION_VIEWERS, s.actionRung1).form("outcome", "NOT_DONE"),
                Case.api("POST", "/api/actions/{id}/extension", samsManagers, SAM_ACTION_VIEWERS,
                        "{\"dueDate\": \"2020-01-01\", \"reason\": \"More time\"}", s.actionRung1),
                Case.page("POST", "/actions/{id}/extension", samsManagers, SAM_ACTION_VIEWERS, s.actionRung1)
                        .form("dueDate.day", "1", "dueDate.month", "1", "dueDate.year", "2020", "reason", "More time"),
                Case.api("POST", "/api/actions/{id}/reassignment", samsManagers, SAM_ACTION_VIEWERS,
                        "{\"ownerPersonId\": " + sam + ", \"reason\": \"Back to Sam\"}", s.actionRung1),
                Case.page("POST", "/actions/{id}/reassignment", samsManagers, SAM_ACTION_VIEWERS, s.actionRung1)
                        .form("owner", "person:" + sam, "reason", "Back to Sam"),
                Case.api("POST", "/api/actions/{id}/extension", Set.of("cara.chair", "dan.sergeant", "hugo.head"), POLICE_ACTION_VIEWERS,
                        "{\"dueDate\": \"2020-01-01\", \"reason\": \"More time\"}", s.policeActionRung2),
                Case.api("POST", "/api/actions/{id}/cancellation", Set.of("cara.chair", "ada.admin"), SAM_ACTION_VIEWERS,
                        "{\"reason\": \"No longer needed\"}", s.actionToCancel).changes(),
                Case.page("POST", "/actions/{id}/cancellation", Set.of("cara.chair", "ada.admin"), SAM_ACTION_VIEWERS, s.anotherActionToCancel)
                        .form("reason", "No longer needed").changes(),
                Case.api("POST", "/api/actions/escalations/{escalationId}/acknowledgement", Set.of("mo.manager", "hugo.head"), SAM_ACTION_VIEWERS,
                        null, s.rung1Escalation).changes(),
                Case.page("POST", "/escalations/{escalationId}/acknowledgement", Set.of("mo.manager", "hugo.head"), SAM_ACTION_VIEWERS,
                        s.rung1Escalation).changes(),
                Case.api("POST", "/api/actions/escalations/{escalationId}/acknowledgement", Set.of("hugo.head"), POLICE_ACTION_VIEWERS,
                        null, s.policeRung2Escalation).changes()));
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> usingWhatARoleGives() {
        Set<String> signedIn = Set.copyOf(PEOPLE);
        Set<String> raisers = withRole("CHAIR", "MANAGER");
        Set<String> managers = withRole("MANAGER", "ADMIN");
        Set<String> admins = withRole("ADMIN");
        Set<String> auditors = withRole("ADMIN", "AUDITOR");
        long sam = scenario.id("sam.social");
        long outboxMail = jdbc.queryForObject("select min(id) from outbox_mail", Long.class);
        return run(List.of(
                Case.page("GET", "/meetings", signedIn, signedIn),
                Case.page("GET", "/actions", signedIn, signedIn),
                Case.page("GET", "/strategy", signedIn, signedIn),
                Case.page("GET", "/strategy/new", raisers, signedIn),
                Case.page("POST", "/strategy", raisers, signedIn).form("concern", "Worries", "referrerName", "A teacher", "children[0].name", "Ann Example",
                        "chair", String.valueOf(sam)),
                Case.api("GET", "/api/strategy", signedIn, signedIn, null),
                Case.api("GET", "/api/missing", signedIn, signedIn, null),
                Case.page("GET", "/missing", signedIn, signedIn),
                Case.page("GET", "/family", signedIn, signedIn),
                Case.api("GET", "/api/family-referrals", signedIn, signedIn, null),
                Case.page("GET", "/family/new", FAMILY_REFERRERS, signedIn),
                Case.page("POST", "/family", FAMILY_REFERRERS, signedIn).form("reason", "Asked for help", "worries", "Alone at night",
                        "children[0].name", "Not stored", "children[0].dateOfBirth.day", "1", "children[0].dateOfBirth.month", "1",
                        "children[0].dateOfBirth.year", "2150"),
                Case.api("POST", "/api/family-referrals", FAMILY_REFERRERS, signedIn, "{\"reason\": \"Asked for help\", \"worries\": \"Alone\", "
                        + "\"children\": [{\"name\": \"Not stored\", \"dateOfBirth\": \"2150-01-01\"}]}"),
                Case.page("GET", "/missing/report", withRole("MANAGER", "ADMIN", "COORDINATOR"), signedIn),
                Case.page("GET", "/missing/report.csv", withRole("MANAGER", "ADMIN", "COORDINATOR"), signedIn),
                Case.page("GET", "/missing/new", signedIn, signedIn),
                Case.page("POST", "/missing", signedIn, signedIn).form("childName", "Not stored", "reporterKind", "PARENT", "missingFrom", "HOME",
                        "lastSeenDate.day", "2", "lastSeenDate.month", "1", "lastSeenDate.year", "2026", "lastSeenTime", "10:00",
                        "reportedDate.day", "1", "reportedDate.month", "1", "reportedDate.year", "2026", "reportedTime", "10:00", "riskGrade", "LOW"),
                Case.api("POST", "/api/missing", signedIn, signedIn, "{\"childName\": \"Not stored\", \"reporterKind\": \"PARENT\", "
                        + "\"missingFrom\": \"HOME\", \"lastSeenAt\": \"2026-01-02T10:00:00Z\", \"reportedAt\": \"2026-01-01T10:00:00Z\", "
                        + "\"riskGrade\": \"LOW\"}"),
                Case.api("POST", "/api/subjects", raisers, signedIn, "{\"kind\": \"CHILD\", \"name\": \"Not named here\"}"),
                Case.api("POST", "/api/strategy", raisers, signedIn, "{\"concern\": \"Worries\", \"referrerName\": \"A teacher\", "
                        + "\"children\": [{\"name\": \"Ann Example\"}], \"chairId\": " + sam + "}"),
                Case.page("GET", "/actions/new", raisers, signedIn),
                Case.page("POST", "/actions", raisers, signedIn).form("title", "Visit", "owner", "person:" + sam, "dueDate.day", "1",
                        "dueDate.month", "1", "dueDate.year", "2020"),
                Case.api("POST", "/api/actions", raisers, signedIn, "{\"title\": \"Visit\", \"ownerPersonId\": " + sam
                        + ", \"dueDate\": \"2020-01-01\"}"),
                Case.page("GET", "/manager/actions", managers, signedIn),
                Case.page("GET", "/manager/actions.csv", managers, signedIn),
                Case.page("GET", "/admin/outbox", admins, signedIn),
                Case.page("GET", "/admin/outbox/{id}", admins, signedIn, outboxMail),
                Case.page("POST", "/admin/outbox/{id}/resend", admins, signedIn, undeliveredMail("cara.chair")).changes(),
                Case.page("GET", "/mail/undelivered", signedIn, signedIn),
                Case.page("POST", "/mail/undelivered/{id}/resend", Set.of("cara.chair", "hugo.head", "ada.admin"), Set.of(),
                        undeliveredMail("cara.chair")).changes(),
                Case.page("POST", "/mail/undelivered/{id}/dealt-with", Set.of("cara.chair", "hugo.head", "ada.admin"), Set.of(),
                        undeliveredMail("cara.chair")).changes(),
                Case.page("GET", "/admin/audit", auditors, signedIn),
                Case.page("POST", "/admin/audit/verification", auditors, signedIn),
                Case.api("POST", "/api/audit/verification", auditors, signedIn, null),
                Case.api("GET", "/api/audit/events", auditors, signedIn, null),
                Case.api("GET", "/api/meetings", signedIn, signedIn, null),
                Case.api("GET", "/api/actions", signedIn, signedIn, null),
                Case.api("GET", "/api/people", signedIn, signedIn, null),
                Case.api("GET", "/api/agencies", signedIn, signedIn, null)));
    }

    /**
     * The missing episode is back, so every change the rules allow after access is refused with a conflict or a problem
     * with the request, and the scenario stays as it is.
     */
    @TestFactory
    Stream<DynamicTest> readingAndChangingAMissingEpisode() {
        long id = scenario.missingEpisode;
        Set<String> coordinate = Set.of("sam.social", "mia.coordinator");
        Set<String> interview = Set.of("chloe.charity", "mia.coordinator");
        return run(List.of(
                Case.api("GET", "/api/missing/{id}", MISSING_VIEWERS, MISSING_VIEWERS, null, id),
                Case.api("POST", "/api/missing/{id}/gradings", MISSING_ACTORS, MISSING_VIEWERS, "{\"grade\": \"HIGH\", \"reason\": \"Seen with adults\"}", id),
                Case.api("POST", "/api/missing/{id}/updates", MISSING_ACTORS, MISSING_VIEWERS,
                        "{\"kind\": \"SIGHTING\", \"text\": \"Seen\", \"visibility\": \"RESTRICTED\"}", id),
                Case.api("POST", "/api/missing/{id}/return", MISSING_ACTORS, MISSING_VIEWERS,
                        "{\"returnedAt\": \"2026-01-01T10:00:00Z\", \"how\": \"RETURNED_THEMSELVES\"}", id),
                Case.api("POST", "/api/missing/{id}/closure", MISSING_ACTORS, MISSING_VIEWERS, "{\"closedAs\": \"REPORTED_IN_ERROR\"}", id),
                Case.api("POST", "/api/missing/{id}/strategy-discussion", MISSING_ACTORS, MISSING_VIEWERS, null, id),
                Case.api("PUT", "/api/missing/{id}/coordinator", coordinate, MISSING_VIEWERS, "{\"coordinatorId\": 999999}", id),
                Case.api("PUT", "/api/missing/{id}/interview/assignee", coordinate, MISSING_VIEWERS, "{}", id),
                Case.api("POST", "/api/missing/{id}/interview/progress", interview, MISSING_VIEWERS, "{\"status\": \"ACCEPTED\"}", id),
                Case.api("PUT", "/api/missing/{id}/interview/record", interview, MISSING_VIEWERS, "{\"childWords\": \"Said\"}", id),
                Case.page("GET", "/missing/{id}", MISSING_VIEWERS, MISSING_VIEWERS, id),
                Case.page("POST", "/missing/{id}/gradings", MISSING_ACTORS, MISSING_VIEWERS, id).form("grade", "HIGH", "reason", "Seen with adults"),
                Case.page("POST", "/missing/{id}/updates", MISSING_ACTORS, MISSING_VIEWERS, id).form("kind", "SIGHTING", "text", "Seen",
                        "visibility", "RESTRICTED"),
                Case.page("POST", "/missing/{id}/return", MISSING_ACTORS, MISSING_VIEWERS, id).form("how", "RETURNED_THEMSELVES"),
                Case.page("POST", "/missing/{id}/closure", MISSING_ACTORS, MISSING_VIEWERS, id).form("closedAs", "REPORTED_IN_ERROR"),
                Case.page("POST", "/missing/{id}/strategy-discussion", MISSING_ACTORS, MISSING_VIEWERS, id),
                Case.page("POST", "/missing/{id}/coordinator", coordinate, MISSING_VIEWERS, id).form("coordinator", "999999"),
                Case.page("POST", "/missing/{id}/interview/assignee", coordinate, MISSING_VIEWERS, id).form("assignee", "person:999999"),
                Case.page("POST", "/missing/{id}/interview/record", interview, MISSING_VIEWERS, id).form("childWords", "Said"),
                Case.page("POST", "/missing/{id}/interview/accept", interview, MISSING_VIEWERS, id),
                Case.page("POST", "/missing/{id}/interview/decline", interview, MISSING_VIEWERS, id).form("carersOffered", "true"),
                Case.page("POST", "/missing/{id}/interview/offer", interview, MISSING_VIEWERS, id).changes(),
                Case.page("POST", "/missing/{id}/interview/not-offered", coordinate, MISSING_VIEWERS, id).form("reason", "Moved abroad").changes()));
    }

    /**
     * The open family reads everywhere (its page, its letters and plan); every change is tried on the family that
     * declined, so everyone allowed past access meets a conflict and the scenario stays as it is.
     */
    @TestFactory
    Stream<DynamicTest> readingAndChangingAFamilyReferral() {
        long open = scenario.familyReferral;
        long id = scenario.declinedReferral;
        long member = scenario.declinedMember;
        Set<String> coordinator = Set.of("fay.family");
        Set<String> network = Set.of("fay.family", "sam.social");
        String memberJson = "{\"name\": \"Ben Uncle\", \"relationship\": \"Uncle\", \"contact\": \"IN_PERSON\"}";
        return run(List.of(
                Case.page("GET", "/family/{id}", FAMILY_VIEWERS, FAMILY_VIEWERS, open),
                Case.api("GET", "/api/family-referrals/{id}", FAMILY_VIEWERS, FAMILY_VIEWERS, null, open),
                Case.page("GET", "/family/{id}/members/{memberId}/invitation-letter", FAMILY_VIEWERS, FAMILY_VIEWERS, open, scenario.familyMember),
                Case.page("GET", "/family/{id}/members/{memberId}/invitation-letter.pdf", FAMILY_VIEWERS, FAMILY_VIEWERS, open, scenario.familyMember),
                Case.page("GET", "/family/{id}/members/{memberId}/outcome-letter", FAMILY_VIEWERS, FAMILY_VIEWERS, open, scenario.familyMember),
                Case.page("GET", "/family/{id}/members/{memberId}/outcome-letter.pdf", FAMILY_VIEWERS, FAMILY_VIEWERS, open, scenario.familyMember),
                Case.page("GET", "/family/{id}/family-plan", FAMILY_VIEWERS, FAMILY_VIEWERS, open),
                Case.page("GET", "/family/{id}/family-plan.pdf", FAMILY_VIEWERS, FAMILY_VIEWERS, open),
                Case.api("PUT", "/api/family-referrals/{id}/coordinator", Set.of("fay.family", "mo.manager", "hugo.head", "ada.admin"), FAMILY_VIEWERS,
                        "{\"coordinatorId\": " + scenario.id("fay.family") + "}", id),
                Case.page("POST", "/family/{id}/coordinator", Set.of("fay.family", "mo.manager", "hugo.head", "ada.admin"), FAMILY_VIEWERS, id)
                        .form("coordinator", String.valueOf(scenario.id("fay.family"))),
                Case.api("POST", "/api/family-referrals/{id}/baseline", coordinator, FAMILY_VIEWERS,
                        "{\"objective\": \"A\", \"questions\": \"B\", \"bottomLines\": \"C\"}", id),
                Case.page("POST", "/family/{id}/baseline", coordinator, FAMILY_VIEWERS, id).form("objective", "A", "questions", "B", "bottomLines", "C"),
                Case.api("POST", "/api/family-referrals/{id}/members", network, FAMILY_VIEWERS, memberJson, id),
                Case.page("POST", "/family/{id}/members", network, FAMILY_VIEWERS, id).form("name", "Ben Uncle", "relationship", "Uncle", "contact", "IN_PERSON"),
                Case.api("PUT", "/api/family-referrals/{id}/members/{memberId}", network, FAMILY_VIEWERS, memberJson, id, member),
                Case.api("PUT", "/api/family-referrals/{id}/members/{memberId}/preparation", coordinator, FAMILY_VIEWERS, "{\"seen\": true}", id, member),
                Case.page("POST", "/family/{id}/members/{memberId}/preparation", coordinator, FAMILY_VIEWERS, id, member).form("seen", "true"),
                Case.api("POST", "/api/family-referrals/{id}/members/{memberId}/invitation", coordinator, FAMILY_VIEWERS, "{\"how\": \"PHONE\"}", id, member),
                Case.page("POST", "/family/{id}/members/{memberId}/invitation", coordinator, FAMILY_VIEWERS, id, member).form("how", "PHONE"),
                Case.api("PUT", "/api/family-referrals/{id}/members/{memberId}/answer", coordinator, FAMILY_VIEWERS, "{\"answer\": \"COMING\"}", id, member),
                Case.page("POST", "/family/{id}/members/{memberId}/answer", coordinator, FAMILY_VIEWERS, id, member).form("answer", "COMING"),
                Case.api("POST", "/api/family-referrals/{id}/preparation", coordinator, FAMILY_VIEWERS, "{\"childViews\": \"Said\"}", id),
                Case.page("POST", "/family/{id}/preparation", coordinator, FAMILY_VIEWERS, id).form("childViews", "Said"),
                Case.api("POST", "/api/family-referrals/{id}/stages", coordinator, FAMILY_VIEWERS, "{\"stage\": \"SHARING\"}", id),
                Case.page("POST", "/family/{id}/stages", coordinator, FAMILY_VIEWERS, id).form("stage", "SHARING"),
                Case.api("POST", "/api/family-referrals/{id}/tasks", coordinator, FAMILY_VIEWERS,
                        "{\"what\": \"Visit\", \"memberId\": " + member + ", \"dueDate\": \"2040-01-01\", \"checkedBy\": \"Fay\"}", id),
                Case.page("POST", "/family/{id}/tasks", coordinator, FAMILY_VIEWERS, id).form("what", "Visit", "doer", "member:" + member,
                        "dueDate.day", "1", "dueDate.month", "1", "dueDate.year", "2040", "checkedBy", "Fay"),
                Case.api("DELETE", "/api/family-referrals/{id}/tasks/{taskId}", coordinator, FAMILY_VIEWERS, null, id, scenario.declinedTask),
                Case.page("POST", "/family/{id}/tasks/{taskId}/remove", coordinator, FAMILY_VIEWERS, id, scenario.declinedTask),
                Case.api("POST", "/api/family-referrals/{id}/plan", coordinator, FAMILY_VIEWERS, "{\"backupPlan\": \"B\", \"councilAgrees\": true}", id),
                Case.page("POST", "/family/{id}/plan", coordinator, FAMILY_VIEWERS, id).form("backupPlan", "B", "councilAgrees", "yes"),
                Case.api("POST", "/api/family-referrals/{id}/plan/sent", coordinator, FAMILY_VIEWERS, null, id),
                Case.page("POST", "/family/{id}/plan/send", coordinator, FAMILY_VIEWERS, id),
                Case.api("POST", "/api/family-referrals/{id}/review", coordinator, FAMILY_VIEWERS, "{\"outcomes\": {}, \"note\": \"Done\"}", id),
                Case.page("POST", "/family/{id}/review", coordinator, FAMILY_VIEWERS, id).form("note", "Done"),
                Case.api("POST", "/api/family-referrals/{id}/decline", network, FAMILY_VIEWERS, "{\"reason\": \"Withdrew\"}", id),
                Case.page("POST", "/family/{id}/decline", network, FAMILY_VIEWERS, id).form("reason", "Withdrew")));
    }

    /**
     * The incident log and its briefings: read by the members, admins and auditors; logged by the members and admins;
     * triaged by the members. Changes meet a conflict (a triaged incident, a reference already in the log), except
     * attendance, which is really recorded.
     */
    @TestFactory
    Stream<DynamicTest> readingAndChangingTheIncidentLog() {
        Scenario s = scenario;
        String duplicate = "{\"policeReference\": \"AS-INC-1001\", \"occurredAt\": \"2026-01-01T10:00:00Z\", \"kind\": \"OTHER\", "
                + "\"circumstances\": \"Again\"}";
        return run(List.of(
                Case.page("GET", "/briefings", BRIEFING_VIEWERS, BRIEFING_VIEWERS),
                Case.page("GET", "/briefings/{date}", BRIEFING_VIEWERS, BRIEFING_VIEWERS, s.briefingDate),
                Case.api("GET", "/api/briefings/today", BRIEFING_VIEWERS, BRIEFING_VIEWERS, null),
                Case.api("GET", "/api/briefings/{date}", BRIEFING_VIEWERS, BRIEFING_VIEWERS, null, s.briefingDate),
                Case.page("POST", "/briefings/{id}/attendance", BRIEFING_MEMBERS, BRIEFING_VIEWERS, s.briefing)
                        .form("attendees", String.valueOf(s.id("mo.manager"))).changes(),
                Case.api("PUT", "/api/briefings/{id}/attendance", BRIEFING_MEMBERS, BRIEFING_VIEWERS,
                        "{\"personIds\": [" + s.id("pat.police") + "]}", s.briefing).changes(),
                Case.page("GET", "/incidents/new", INCIDENT_LOGGERS, BRIEFING_VIEWERS),
                Case.page("POST", "/incidents", INCIDENT_LOGGERS, BRIEFING_VIEWERS).form("policeReference", "AS-INC-1001", "kind", "OTHER",
                        "circumstances", "Again", "occurredDate.day", "1", "occurredDate.month", "1", "occurredDate.year", "2026", "occurredTime", "10:00"),
                Case.page("GET", "/incidents/upload", INCIDENT_LOGGERS, BRIEFING_VIEWERS),
                Case.page("POST", "/incidents/upload", INCIDENT_LOGGERS, BRIEFING_VIEWERS),
                Case.page("GET", "/incidents/{id}", BRIEFING_VIEWERS, BRIEFING_VIEWERS, s.incident),
                Case.page("POST", "/incidents/{id}/triage", BRIEFING_MEMBERS, BRIEFING_VIEWERS, s.triagedIncident).form("decision", "FRONT_DOOR"),
                Case.api("POST", "/api/incidents", INCIDENT_LOGGERS, BRIEFING_VIEWERS, duplicate),
                Case.api("GET", "/api/incidents", BRIEFING_VIEWERS, BRIEFING_VIEWERS, null),
                Case.api("GET", "/api/incidents/{id}", BRIEFING_VIEWERS, BRIEFING_VIEWERS, null, s.incident),
                Case.api("POST", "/api/incidents/{id}/triage", BRIEFING_MEMBERS, BRIEFING_VIEWERS, "{\"decision\": \"FRONT_DOOR\"}", s.triagedIncident)));
    }

    /**
     * A locality's series: read by its chair, the line above, its members, admins and auditors; referred to by its chair
     * and members and its dates changed by its chair (each refused for bad input, a date not the series', except one
     * cancellation, really made); set up by admins (refused: North has its series).
     */
    @TestFactory
    Stream<DynamicTest> readingAndChangingALocalitySeries() {
        Scenario s = scenario;
        Set<String> signedIn = Set.copyOf(PEOPLE);
        Set<String> chair = Set.of("mo.manager");
        Set<String> referrers = Set.of("mo.manager", "sam.social", "pat.police", "hana.health", "eddie.dsl", "yusuf.youth", "chloe.charity",
                "mia.coordinator");
        long north = jdbc.queryForObject("select locality_id from locality_series where id = ?", Long.class, s.northSeries);
        return run(List.of(
                Case.page("GET", "/localities", signedIn, signedIn),
                Case.api("GET", "/api/localities", signedIn, signedIn, null),
                Case.page("GET", "/localities/reviews", signedIn, signedIn),
                Case.api("GET", "/api/localities/reviews", signedIn, signedIn, null),
                Case.page("GET", "/localities/{id}", NORTH_VIEWERS, NORTH_VIEWERS, s.northSeries),
                Case.page("POST", "/localities/{id}/dates/{date}/review-ends", chair, NORTH_VIEWERS, s.northSeries, s.northDate).form("reason", ""),
                Case.api("POST", "/api/localities/{id}/dates/{date}/review-ends", chair, NORTH_VIEWERS,
                        "{\"subjectId\": 999999, \"reason\": \"Done\"}", s.northSeries, s.northDate),
                Case.api("GET", "/api/localities/{id}", NORTH_VIEWERS, NORTH_VIEWERS, null, s.northSeries),
                Case.page("GET", "/localities/{id}/dates/{date}", NORTH_VIEWERS, NORTH_VIEWERS, s.northSeries, s.northDate),
                Case.api("GET", "/api/localities/{id}/dates/{date}/agenda", NORTH_VIEWERS, NORTH_VIEWERS, null, s.northSeries, s.northDate),
                Case.page("POST", "/localities/{id}/dates/{date}/referrals", referrers, NORTH_VIEWERS, s.northSeries, s.northDate).form("reason", ""),
                Case.api("POST", "/api/localities/{id}/referrals", referrers, NORTH_VIEWERS, "{\"meetingDate\": \"" + s.northDate.plusDays(1)
                        + "\", \"kind\": \"PEER_GROUP\", \"name\": \"Not stored\", \"reason\": \"Seen together\"}", s.northSeries),
                Case.page("POST", "/localities/{id}/dates/{date}/actions", chair, NORTH_VIEWERS, s.northSeries, s.northDate).form("title", ""),
                Case.api("POST", "/api/localities/{id}/dates/{date}/actions", chair, NORTH_VIEWERS, "{\"subjectId\": 999999, \"title\": \"Visit\", "
                        + "\"ownerPersonId\": " + s.id("sam.social") + ", \"dueDate\": \"2030-01-01\"}", s.northSeries, s.northDate),
                Case.page("POST", "/localities/{id}/dates/{date}/timed-items", chair, NORTH_VIEWERS, s.northSeries, s.northDate).form("title", ""),
                Case.api("POST", "/api/localities/{id}/dates/{date}/timed-items", chair, NORTH_VIEWERS, "{\"title\": \"Theme\", \"minutes\": 120}",
                        s.northSeries, s.northDate),
                Case.page("GET", "/subjects/{id}", CASTLE_PARK_VIEWERS, CASTLE_PARK_VIEWERS, s.castleParkGroup),
                Case.api("GET", "/api/subjects/{id}", CASTLE_PARK_VIEWERS, CASTLE_PARK_VIEWERS, null, s.castleParkGroup),
                Case.page("GET", "/subjects/{id}/map", CASTLE_PARK_VIEWERS, CASTLE_PARK_VIEWERS, s.castleParkGroup),
                Case.api("GET", "/api/subjects/{id}/map", CASTLE_PARK_VIEWERS, CASTLE_PARK_VIEWERS, null, s.castleParkGroup),
                Case.page("GET", "/assessments", signedIn, signedIn),
                Case.api("GET", "/api/assessments", signedIn, signedIn, null),
                Case.page("GET", "/assessments/{id}", ASSESSMENT_VIEWERS, ASSESSMENT_VIEWERS, s.assessment),
                Case.api("GET", "/api/assessments/{id}", ASSESSMENT_VIEWERS, ASSESSMENT_VIEWERS, null, s.assessment),
                Case.page("POST", "/assessments/{id}", ASSESSMENT_CHANGERS, ASSESSMENT_VIEWERS, s.assessment).form("weighting", "NOT_A_WEIGHTING"),
                Case.api("PUT", "/api/assessments/{id}", ASSESSMENT_CHANGERS, ASSESSMENT_VIEWERS, "{\"weighting\": \"HIGH\"}", s.assessment)
                        .changes(),
                Case.page("POST", "/assessments/{id}/actions", ASSESSMENT_CHANGERS, ASSESSMENT_VIEWERS, s.assessment).form("title", ""),
                Case.api("POST", "/api/assessments/{id}/actions", ASSESSMENT_CHANGERS, ASSESSMENT_VIEWERS, "{\"title\": \"Youth work\", "
                        + "\"ownerAgencyId\": 999999, \"dueDate\": \"2030-01-01\"}", s.assessment),
                Case.page("POST", "/assessments/{id}/close", ASSESSMENT_CHANGERS, ASSESSMENT_VIEWERS, s.assessment).form("outcome", ""),
                Case.api("POST", "/api/assessments/{id}/close", ASSESSMENT_CHANGERS, ASSESSMENT_VIEWERS, "{\"outcome\": \"Moved on\"}", s.assessment)
                        .changes(),
                Case.page("POST", "/localities/{id}/dates/{date}/move", chair, NORTH_VIEWERS, s.northSeries, s.northDate).form("startTime", "10:00",
                        "endTime", "11:00", "reason", ""),
                Case.page("POST", "/localities/{id}/dates/{date}/cancel", chair, NORTH_VIEWERS, s.northSeries, s.northDate).form("reason", ""),
                Case.api("POST", "/api/localities/{id}/dates/{date}/move", chair, NORTH_VIEWERS, "{\"startsAt\": \"2030-01-01T11:00:00Z\", "
                        + "\"endsAt\": \"2030-01-01T10:00:00Z\", \"reason\": \"Room taken\"}", s.northSeries, s.northDate),
                Case.api("POST", "/api/localities/{id}/dates/{date}/cancel", chair, NORTH_VIEWERS, "{\"reason\": \"Room flooded\"}",
                        s.northSeries, s.northLaterDate).changes(),
                Case.api("POST", "/api/localities", withRole("ADMIN"), signedIn, "{\"localityId\": " + north + ", \"chairId\": "
                        + s.id("mo.manager") + ", \"firstDate\": \"2030-01-01\", \"startsAt\": \"10:00\", \"minutes\": 60, "
                        + "\"location\": \"Room\", \"memberIds\": [" + s.id("sam.social") + "]}")));
    }

    @Test
    void theListsHoldExactlyWhatEachPersonMaySee() throws Exception {
        Scenario s = scenario;
        Map<Long, Set<String>> meetingViewers = new HashMap<>(Map.of(s.minutes, MINUTES_VIEWERS, s.held, HELD_VIEWERS, s.convened, CONVENED_VIEWERS,
                s.raised, RAISED_VIEWERS, s.unallocated, UNALLOCATED_VIEWERS, s.cancelled, CANCELLED_VIEWERS));
        for (long referral : List.of(s.familyReferral, s.declinedReferral)) {
            meetings.ofCase("FAMILY", referral).forEach(meeting -> meetingViewers.put(meeting.getId(), FAMILY_VIEWERS));
        }
        // The demo's locality series convene a meeting at each agenda's freeze, as the clock passes it: each is listed
        // for whoever may see its series, as the locality module decides.
        for (long series : jdbc.queryForList("select id from locality_series", Long.class)) {
            meetings.ofCase("LOCALITY", series).forEach(meeting -> meetingViewers.put(meeting.getId(),
                    PEOPLE.stream().filter(person -> localities.mayView(person, series)).collect(Collectors.toSet())));
        }
        Map<Long, Set<String>> actionViewers = new HashMap<>();
        for (long action : List.of(s.actionLater, s.actionDueToday, s.actionOverdue, s.actionRung1, s.actionRung2, s.actionToCancel,
                s.anotherActionToCancel)) {
            actionViewers.put(action, SAM_ACTION_VIEWERS);
        }
        actionViewers.put(s.policeActionRung2, POLICE_ACTION_VIEWERS);
        actionViewers.put(s.actionCompleted, PAT_ACTION_VIEWERS);
        for (String person : PEOPLE) {
            assertThat(listed(person, "/api/missing?size=100").contains(s.missingEpisode)).as("the missing episode listed for " + person)
                    .isEqualTo(MISSING_VIEWERS.contains(person));
            assertThat(listed(person, "/api/family-referrals?size=100")).as("family referrals listed for " + person)
                    .containsExactlyInAnyOrderElementsOf(FAMILY_VIEWERS.contains(person) ? List.of(s.familyReferral, s.declinedReferral) : List.of());
            assertThat(listed(person, "/api/meetings?size=100")).as("meetings listed for " + person)
                    .containsExactlyInAnyOrderElementsOf(meetingViewers.entrySet().stream().filter(e -> e.getValue().contains(person)).map(Map.Entry::getKey).toList());
            assertThat(listed(person, "/api/strategy?size=100").stream().filter(caseViewers()::containsKey).toList()).as("concerns listed for " + person)
                    .containsExactlyInAnyOrderElementsOf(caseViewers().entrySet().stream().filter(e -> e.getValue().contains(person)).map(Map.Entry::getKey).toList());
            assertThat(listed(person, "/api/actions?size=100").stream().filter(actionViewers::containsKey).toList()).as("actions listed for " + person)
                    .containsExactlyInAnyOrderElementsOf(actionViewers.entrySet().stream().filter(e -> e.getValue().contains(person)).map(Map.Entry::getKey).toList());
        }
    }

    /** The scenario's concerns, each seen by whoever may see its meetings (and its chair's managers, who see those too). */
    private Map<Long, Set<String>> caseViewers() {
        return Map.of(scenario.minutesCase, MINUTES_VIEWERS, scenario.raisedCase, RAISED_VIEWERS, scenario.unallocatedCase, UNALLOCATED_VIEWERS,
                scenario.cancelledCase, CANCELLED_VIEWERS);
    }

    private List<Long> listed(String person, String path) throws Exception {
        String json = body(person, MockMvcRequestBuilders.get(path));
        return com.jayway.jsonpath.JsonPath.<List<Number>>read(json, "$.items[*].id").stream().map(Number::longValue).toList();
    }

    @Test
    void aHeadOfServiceAndALineManagerSeeWhatTheirLineAndTheirEscalationsGiveThem() throws Exception {
        String hugo = body("hugo.head", MockMvcRequestBuilders.get("/manager/actions"));
        assertThat(hugo).contains("/actions/" + scenario.actionRung2 + "\"", "/actions/" + scenario.policeActionRung2 + "\"");
        String mo = body("mo.manager", MockMvcRequestBuilders.get("/manager/actions"));
        assertThat(mo).contains("/actions/" + scenario.actionRung2 + "\"").doesNotContain("/actions/" + scenario.policeActionRung2 + "\"");
        String dan = body("dan.sergeant", MockMvcRequestBuilders.get("/manager/actions.csv"));
        assertThat(dan).contains("Share the intelligence report").doesNotContain("Visit escalated twice");
        assertThat(body("cal.charity", MockMvcRequestBuilders.get("/manager/actions"))).doesNotContain("/actions/" + scenario.actionRung2 + "\"");
    }

    @Test
    void everyEndpointIsInTheMatrixOrSaysWhyNot() {
        readingMeetingsAndMinutes();
        changingMeetings();
        readingAndChangingActions();
        readingAndChangingAMissingEpisode();
        readingAndChangingAFamilyReferral();
        readingAndChangingTheIncidentLog();
        readingAndChangingALocalitySeries();
        usingWhatARoleGives();
        Set<String> inMatrix = new TreeSet<>(covered);
        Set<String> all = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            String type = mapping.getValue().getBeanType().getPackageName();
            if (!type.startsWith("org.convene")) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    all.add(method.name() + " " + pattern);
                }
            }
        }
        Set<String> missing = all.stream().filter(e -> !inMatrix.contains(e) && !NOT_IN_MATRIX.containsKey(e))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("endpoints neither in the access matrix nor said to be elsewhere").isEmpty();
    }

    private Stream<DynamicTest> run(List<Case> cases) {
        cases.forEach(c -> covered.add(c.method + " " + c.pattern));
        List<String> everyone = new ArrayList<>(PEOPLE);
        everyone.add(ANONYMOUS);
        return cases.stream().flatMap(c -> everyone.stream()
                .sorted(java.util.Comparator.comparing(person -> c.changes && c.allowed.contains(person)))
                .map(person -> DynamicTest.dynamicTest(person + " " + c, () -> check(c, person))));
    }

    private void check(Case c, String person) throws Exception {
        MockHttpServletResponse response = mvc.perform(c.request(person, this::roles)).andReturn().getResponse();
        int status = response.getStatus();
        if (person.equals(ANONYMOUS)) {
            assertThat(status).as("nobody signed in").isEqualTo(c.api ? 401 : 302);
            return;
        }
        if (c.allowed.contains(person)) {
            assertThat(status).as("allowed: the request gets past access").isNotIn(401, 403, 404).isLessThan(500);
            if (c.method.equals("GET")) {
                assertThat(status).isEqualTo(200);
            }
        } else if (c.viewers.contains(person)) {
            assertThat(status).as("may see it but not do this").isEqualTo(403);
        } else {
            assertThat(status).as("may not know it exists").isEqualTo(404);
        }
        String body = text(response);
        READERS.forEach((marker, readers) -> {
            if (!readers.contains(person)) {
                assertThat(body).as("a body sent to " + person + " holds text they may not read").doesNotContain(marker);
            }
        });
    }

    /**
     * A mail the server refused, about the meeting whose minutes cara.chair chairs, given to a person to follow up (sent
     * again, it is refused again). It stays in the scenario, so the page it is about is one cara.chair may open.
     */
    private long undeliveredMail(String followUpBy) {
        return jdbc.queryForObject("""
                insert into outbox_mail (message_id, recipient, subject, body_text, status, attempts, next_attempt_at, created_at,
                    follow_up_person_id, about_path, failure)
                values (?, 'nobody@@convene.example', 'A neutral subject', 'body', 'FAILED', 1, current_timestamp, current_timestamp, ?, ?, 'REFUSED')
                returning id""", Long.class, "<" + java.util.UUID.randomUUID() + "@convene>", scenario.id(followUpBy),
                "/meetings/" + scenario.minutes);
    }

    private Set<String> withRole(String... roles) {
        Set<String> wanted = Set.of(roles);
        return PEOPLE.stream().filter(p -> java.util.Arrays.stream(roles(p)).anyMatch(wanted::contains)).collect(Collectors.toSet());
    }

    private String body(String person, MockHttpServletRequestBuilder request) throws Exception {
        return text(mvc.perform(request.with(user(person).roles(roles(person)))).andReturn().getResponse());
    }

    private String[] roles(String username) {
        Person person = directory.personByUsername(username).orElseThrow();
        return person.roles().stream().map(Enum::name).toArray(String[]::new);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        if (MediaType.APPLICATION_PDF_VALUE.equals(response.getContentType())) {
            try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * One request against one object. {@code allowed} may do it; {@code viewers} may see the object but not do it
     * (403); anyone else is told it does not exist (404). Writes that would change something real use a request the
     * rules refuse after access is granted (a closed meeting, a date in the past), so that the scenario stays as it is;
     * those marked {@link #changes} really change a spare object, and the allowed get a success or a conflict.
     */
    static final class Case {
        final String method;
        final String pattern;
        final boolean api;
        final Set<String> allowed;
        final Set<String> viewers;
        final String json;
        final Object[] ids;
        final Map<String, List<String>> form = new HashMap<>();
        boolean changes;

        private Case(String method, String pattern, boolean api, Set<String> allowed, Set<String> viewers, String json, Object... ids) {
            this.method = method;
            this.pattern = pattern;
            this.api = api;
            this.allowed = allowed;
            this.viewers = viewers;
            this.json = json;
            this.ids = ids;
        }

        static Case page(String method, String pattern, Set<String> allowed, Set<String> viewers, Object... ids) {
            return new Case(method, pattern, false, allowed, viewers, null, ids);
        }

        static Case api(String method, String pattern, Set<String> allowed, Set<String> viewers, String json, Object... ids) {
            return new Case(method, pattern, true, allowed, viewers, json, ids);
        }

        Case form(String... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                form.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
            }
            return this;
        }

        /** The allowed really change the object, so they go last: everyone else must be refused while it is unchanged. */
        Case changes() {
            changes = true;
            return this;
        }

        MockHttpServletRequestBuilder request(String person, java.util.function.Function<String, String[]> roles) {
            String path = pattern;
            for (Object id : ids) {
                path = path.replaceFirst("\\{[^}]+}", String.valueOf(id));
            }
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
            if (json != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
            if (!api && !method.equals("GET")) {
                request.with(csrf());
            }
            if (!person.equals(ANONYMOUS)) {
                request.with(user(person).roles(roles.apply(person)));
            }
            return request;
        }

        @Override
        public String toString() {
            return method + " " + pattern + " " + java.util.Arrays.toString(ids);
        }
    }
}
