package org.convene.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.convene.action.Action;
import org.convene.action.ActionService;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.convene.strategy.StrategyService;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Each decision the briefing can make on an incident, what it sets going, and what it needs before it is recorded. */
@ConveneTest
class IncidentTriageTest {

    @Autowired BriefingService briefings;
    @Autowired IncidentRepository incidents;
    @Autowired StrategyService strategies;
    @Autowired ActionService actions;
    @Autowired Subjects subjects;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void noFurtherActionNeedsAReasonAndIsRecordedOnceWithWhoDecided() throws Exception {
        long id = log("Ada Nfachild").getId();
        MockHttpServletResponse refused = mvc.perform(post("/api/incidents/" + id + "/triage").contentType("application/json")
                .content("{\"decision\": \"NO_FURTHER_ACTION\"}").with(user("mo.manager").roles("MANAGER", "CHAIR"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"field\":\"note\"", "Say why").doesNotContain("Nfachild");
        String page = mvc.perform(post("/incidents/" + id + "/triage").param("decision", "NO_FURTHER_ACTION").param("actionTitle", "Typed and kept")
                .with(user("mo.manager").roles("MANAGER", "CHAIR")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#triage-note\"", "Say why no further action is needed.", "value=\"Typed and kept\"");
        assertThat(incidents.findById(id).orElseThrow().isTriaged()).isFalse();

        briefings.triage("mo.manager", id, decision(TriageDecision.NO_FURTHER_ACTION, "Already known to the locality team"));
        Incident triaged = incidents.findById(id).orElseThrow();
        assertThat(triaged.getDecision()).isEqualTo(TriageDecision.NO_FURTHER_ACTION);
        assertThat(triaged.getDecidedBy()).isEqualTo("mo.manager");
        assertThat(triaged.getDecisionNote()).isEqualTo("Already known to the locality team");
        assertThat(audit(id)).containsExactly("incident.logged", "incident.read", "incident.triaged");
        assertThatThrownBy(() -> briefings.triage("pat.police", id, decision(TriageDecision.FRONT_DOOR, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(mvc.perform(post("/api/incidents/" + id + "/triage").contentType("application/json").content("{\"decision\": \"FRONT_DOOR\"}")
                .with(user("pat.police").roles("ATTENDEE"))).andReturn().getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aStrategyDiscussionIsRaisedInOneClickAboutTheIncidentsChildrenAndLinkedToIt() {
        Incident incident = log("Bo Strategychild");
        List<Subject> children = subjects.ofCase(BriefingService.CASE_TYPE, incident.getId());
        briefings.triage("pat.police", incident.getId(), decision(TriageDecision.STRATEGY_DISCUSSION, null));

        Long caseId = incidents.findById(incident.getId()).orElseThrow().getStrategyCaseId();
        assertThat(caseId).isNotNull();
        StrategyService.StrategyView concern = strategies.read("pat.police", caseId);
        assertThat(concern.children()).extracting(Subject::id).containsExactlyElementsOf(children.stream().map(Subject::id).toList());
        assertThat(concern.strategy().getConcern()).contains(incident.getPoliceReference(), "Fight outside the chip shop");
        assertThat(concern.strategy().getReferrerName()).isEqualTo("Pat Police");

        Incident noChildren = briefings.log("pat.police", new NewIncident("TRIAGE-NOBODY-" + System.nanoTime(), time.now(), IncidentKind.OTHER,
                "Graffiti naming a group", null, null, List.of(), List.of("Nobody Group " + System.nanoTime())), IncidentSource.FORM);
        assertThatThrownBy(() -> briefings.triage("pat.police", noChildren.getId(), decision(TriageDecision.STRATEGY_DISCUSSION, null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("names none");
        assertThat(incidents.findById(noChildren.getId()).orElseThrow().isTriaged()).isFalse();
    }

    @Test
    void aLocalityMeetingNeedsItsLocalityAndASubjectUnderReviewMustBeOneTheDeciderMaySee() {
        long forLocality = log("Cy Localitychild").getId();
        assertThatThrownBy(() -> briefings.triage("yusuf.youth", forLocality, decision(TriageDecision.LOCALITY_MEETING, null)))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("localityId");
        long north = directory.localities().getFirst().id();
        briefings.triage("yusuf.youth", forLocality, new Triage(TriageDecision.LOCALITY_MEETING, null, north, null, null, null, null, null));
        assertThat(incidents.findById(forLocality).orElseThrow().getLocalityId()).isEqualTo(north);

        long forReview = log("Di Reviewchild").getId();
        Subject unseen = subjects.create("cara.chair", SubjectKind.LOCATION, "Unseen Underpass " + System.nanoTime(), null);
        assertThatThrownBy(() -> briefings.triage("yusuf.youth", forReview, new Triage(TriageDecision.SUBJECT_UNDER_REVIEW, null, null,
                unseen.id(), null, null, null, null))).isInstanceOf(InvalidRequestException.class);
        Subject group = subjects.create("yusuf.youth", SubjectKind.PEER_GROUP, "Reviewed Group " + System.nanoTime(), null);
        briefings.triage("yusuf.youth", forReview, new Triage(TriageDecision.SUBJECT_UNDER_REVIEW, null, null, group.id(), null, null, null, null));
        assertThat(incidents.findById(forReview).orElseThrow().getSubjectId()).isEqualTo(group.id());
        assertThat(subjects.ofCase(BriefingService.CASE_TYPE, forReview)).extracting(Subject::id).contains(group.id());
    }

    @Test
    void anActionNeedsWhatWhoAndWhenAndIsSetForItsOwner() {
        long id = log("Eli Actionchild").getId();
        long police = directory.agencies().stream().filter(a -> a.kind() == AgencyKind.POLICE).findFirst().orElseThrow().id();
        LocalDate due = time.today().plusDays(7);
        assertThatThrownBy(() -> briefings.triage("mo.manager", id, new Triage(TriageDecision.ACTION, null, null, null, "Visit the address", null,
                null, due))).isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("actionOwner");
        assertThatThrownBy(() -> briefings.triage("mo.manager", id, new Triage(TriageDecision.ACTION, null, null, null, "Visit the address", null,
                police, time.today().minusDays(1)))).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("actionDueDate");
        assertThat(incidents.findById(id).orElseThrow().isTriaged()).isFalse();

        briefings.triage("mo.manager", id, new Triage(TriageDecision.ACTION, null, null, null, "Visit the address", null, police, due));
        Action action = actions.visibleTo("mo.manager", incidents.findById(id).orElseThrow().getActionId());
        assertThat(action.getTitle()).isEqualTo("Visit the address");
        assertThat(action.getOwnerAgencyId()).isEqualTo(police);
        assertThat(action.getDueDate()).isEqualTo(due);
    }

    @Test
    void onlyTheBriefingsMembersTriageAndThoseWhoMayNotSeeTheLogAreToldNothingExists() throws Exception {
        long id = log("Fi Accesschild").getId();
        assertThat(status("hana.health", "ATTENDEE")).isEqualTo(404);
        assertThat(status("arthur.auditor", "AUDITOR")).isEqualTo(403);
        assertThat(status("sam.social", "ATTENDEE")).isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/incidents/" + id)
                .with(user("hana.health").roles("ATTENDEE"))).andReturn().getResponse().getContentAsString()).doesNotContain("Accesschild");
        assertThat(incidents.findById(id).orElseThrow().isTriaged()).isFalse();
    }

    private int status(String username, String role) throws Exception {
        long id = log("Gus Statuschild").getId();
        return mvc.perform(post("/api/incidents/" + id + "/triage").contentType("application/json").content("{\"decision\": \"FRONT_DOOR\"}")
                .with(user(username).roles(role))).andReturn().getResponse().getStatus();
    }

    private Incident log(String child) {
        return briefings.log("pat.police", new NewIncident("TRIAGE-" + System.nanoTime(), time.now().minus(Duration.ofHours(1)), IncidentKind.VIOLENCE,
                "Fight outside the chip shop involving " + child, "High Street", null, List.of(new NewIncident.NamedChild(child, LocalDate.of(2011, 3, 4))),
                List.of()), IncidentSource.FORM);
    }

    private static Triage decision(TriageDecision decision, String note) {
        return new Triage(decision, note, null, null, null, null, null, null);
    }

    private List<String> audit(long id) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'incident' and entity_id = ? order by seq", String.class,
                String.valueOf(id));
    }
}
