package org.convene.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.meeting.MeetingStatus;
import org.convene.shared.ConflictException;
import org.convene.subject.Subject;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * bpmn/family-network-meeting.bpmn and the referral it carries, from referral to review, by moving the engine's clock
 * (and Convene's): the coordinator's 2 working days, the 8 weeks, the family declining, and a network reached by
 * e-mail, post and phone whose plan has family and service tasks.
 */
@ConveneTest
class FamilyProcessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired FamilyService family;
    @Autowired FamilyReferralRepository referrals;
    @Autowired MeetingService meetings;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private Person hugo;
    private Person fay;
    private Person sam;

    @BeforeEach
    void directory() {
        hugo = directory.personByUsername("hugo.head").orElseThrow();
        fay = directory.personByUsername("fay.family").orElseThrow();
        sam = directory.personByUsername("sam.social").orElseThrow();
    }

    @Test
    void noCoordinatorInTwoWorkingDaysTellsTheServiceManagerOnce() throws Exception {
        long id = refer("Robin Allocate", false);
        FamilyReferral referral = referrals.findById(id).orElseThrow();
        assertThat(referral.getAllocateBy()).isAfter(referral.getReferredAt().plus(Duration.ofDays(1)));

        time.advanceTo(referral.getAllocateBy().minus(Duration.ofMinutes(1)));
        assertThat(mails(hugo.email(), id)).isEmpty();
        time.advanceTo(referral.getAllocateBy().plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(hugo.email(), id)).containsExactly("A family's referral has no coordinator yet"));
        assertThat(referrals.findById(id).orElseThrow().allocatedInTime()).isFalse();
        String list = mvc.perform(get("/family").with(user("mo.manager").roles("MANAGER", "CHAIR"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String row = list.substring(list.indexOf("href=\"/family/" + id + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Robin Allocate", "Late");
        assertThat(list).containsPattern("id=\"figure-allocated\">\\d+ of [1-9]\\d*<");

        family.allocate("mo.manager", id, fay.id());
        assertThat(mails(fay.email(), id)).containsExactly("A family has been referred to you for a family network meeting");
        time.advance(Duration.ofDays(3));
        assertThat(mails(hugo.email(), id)).as("told once").hasSize(1);
    }

    @Test
    void notFinishedInEightWeeksTellsTheServiceManagerAndGoesOn() {
        long id = refer("Kit Eight", false);
        family.allocate("fay.family", id, fay.id());
        FamilyReferral referral = referrals.findById(id).orElseThrow();
        assertThat(referral.allocatedInTime()).isTrue();
        assertThat(meetingsOf(id)).extracting(Meeting::getType).containsExactly(FamilyMeetingKinds.BASELINE);

        time.advanceTo(referral.getCompleteBy().plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mails(hugo.email(), id)).containsExactly("A family network meeting referral is past its 8 weeks"));
        assertThat(audit(id)).doesNotContain("family.allocation-late");
        FamilyReferral late = referrals.findById(id).orElseThrow();
        assertThat(late.completedInTime()).isFalse();
        family.recordBaseline("fay.family", id, baseline());
        assertThat(referrals.findById(id).orElseThrow().getStatus()).isEqualTo(FamilyStatus.PREPARATION);
    }

    @Test
    void theFamilyDecliningMidwayEndsItCancelsItsMeetingsAndNoLateMailFollows() {
        long id = refer("Ash Decline", true);
        family.allocate("fay.family", id, fay.id());
        family.recordBaseline("fay.family", id, baseline());
        FamilyReferral declined = family.decline("sam.social", id, "The parents no longer want the meeting");
        assertThat(declined.getStatus()).isEqualTo(FamilyStatus.DECLINED);
        assertThat(meetingsOf(id)).extracting(Meeting::getStatus).containsOnly(MeetingStatus.CANCELLED);
        assertThatThrownBy(() -> family.finishPreparation("fay.family", id, "Wants to stay with mum")).isInstanceOf(ConflictException.class);

        time.advanceTo(declined.getCompleteBy().plus(Duration.ofHours(1)));
        time.advance(Duration.ofMinutes(1));
        assertThat(mails(hugo.email(), id)).isEmpty();
        assertThat(audit(id)).contains("family.declined").doesNotContain("family.completion-late");
    }

    @Test
    void aNetworkReachedByEmailPostAndPhoneMakesAPlanWhoseServiceTasksAloneEscalate() {
        long id = refer("Jordan Network", true);
        family.allocate("fay.family", id, fay.id());
        family.recordBaseline("fay.family", id, baseline());
        FamilyMember aunt = family.addMember("sam.social", id, new NewMember("Maria Aunt", "Aunt", InvitationContact.EMAIL, "maria@example.org", null,
                null, false, null, false, true, null));
        FamilyMember grandad = family.addMember("fay.family", id, new NewMember("Tomek Postbox", "Grandfather", InvitationContact.POST, null,
                "4 Example Road, Exampletown EX1 2AB", "Polish", true, "Uses a wheelchair", true, true, OfferAnswer.ACCEPTED));
        FamilyMember neighbour = family.addMember("fay.family", id, new NewMember("Pat Phoneonly", "Neighbour", InvitationContact.PHONE, null,
                "07700 900123", null, false, null, false, false, null));
        family.prepareMember("fay.family", id, grandad.getId(), true, Consent.GIVEN, AdvocateOffer.ACCEPTED);

        assertThatThrownBy(() -> family.invite("fay.family", id, aunt.getId(), InvitationContact.EMAIL))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Convene the family network meeting first");
        Meeting network = family.networkMeeting(id).orElseThrow();
        Instant start = calendar.addWorkingDays(time.today(), 3).atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
        meetings.convene("fay.family", network.getId(), start, start.plus(Duration.ofHours(2)), "Children's Centre, Example Street", null,
                List.of(Invitee.person(sam.id())));

        family.invite("fay.family", id, aunt.getId(), InvitationContact.EMAIL);
        family.invite("fay.family", id, grandad.getId(), InvitationContact.POST);
        family.invite("fay.family", id, neighbour.getId(), InvitationContact.PHONE);
        family.recordAnswer("fay.family", id, aunt.getId(), MeetingAnswer.COMING);
        family.recordAnswer("fay.family", id, grandad.getId(), MeetingAnswer.COMING);
        family.recordAnswer("fay.family", id, neighbour.getId(), MeetingAnswer.NOT_COMING);
        assertThat(jdbc.queryForList("select subject from outbox_mail where recipient = 'maria@example.org'", String.class))
                .containsExactly("You are invited to a family meeting");
        String invitationMail = jdbc.queryForObject("select body_text from outbox_mail where recipient = 'maria@example.org'", String.class);
        assertThat(invitationMail).contains("Children's Centre, Example Street").doesNotContain("Jordan").doesNotContain("Network");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where body_text like '%Tomek Postbox%' or body_text like '%Pat Phoneonly%'", Integer.class))
                .as("members without e-mail get a letter or a call, not a mail").isZero();
        assertThat(family.read("fay.family", id).members()).extracting(FamilyMember::getInvitedHow, FamilyMember::getAnswer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InvitationContact.EMAIL, MeetingAnswer.COMING),
                org.assertj.core.groups.Tuple.tuple(InvitationContact.POST, MeetingAnswer.COMING),
                org.assertj.core.groups.Tuple.tuple(InvitationContact.PHONE, MeetingAnswer.NOT_COMING));

        family.finishPreparation("fay.family", id, "Jordan wants to stay near school and see grandad every week");
        time.advanceTo(start);
        assertThatThrownBy(() -> family.recordStage("fay.family", id, MeetingStage.PRIVATE_TIME_STARTED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("information sharing started");
        family.recordStage("fay.family", id, MeetingStage.SHARING);
        family.recordStage("fay.family", id, MeetingStage.PRIVATE_TIME_STARTED);
        assertThatThrownBy(() -> family.agreePlan("fay.family", id, new PlanTerms(null, "Jordan stays with grandad", true, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("private family time");
        time.advance(Duration.ofMinutes(45));
        family.recordStage("fay.family", id, MeetingStage.PRIVATE_TIME_ENDED);

        Agency education = directory.agencies().stream().filter(a -> a.kind() == AgencyKind.EDUCATION).findFirst().orElseThrow();
        LocalDate due = time.today().plusDays(7);
        FamilyTask familyTask = family.addTask("fay.family", id, new NewTask("Take Jordan to school every morning", aunt.getId(), null, null, due, "Fay Family"));
        FamilyTask serviceTask = family.addTask("fay.family", id, new NewTask("Offer a breakfast club place", null, null, education.id(), due, "Fay Family"));
        family.agreePlan("fay.family", id, new PlanTerms("A family support worker for 6 weeks", "Jordan stays with grandad", true, null));
        family.sendPlan("fay.family", id);

        FamilyService.FamilyView sent = family.read("fay.family", id);
        assertThat(sent.referral().getStatus()).isEqualTo(FamilyStatus.REVIEW);
        FamilyTask raised = sent.tasks().stream().filter(t -> t.id().equals(serviceTask.id())).findFirst().orElseThrow();
        assertThat(raised.actionId()).as("a service's task is an action").isNotNull();
        assertThat(sent.tasks().stream().filter(t -> t.id().equals(familyTask.id())).findFirst().orElseThrow().actionId())
                .as("a family member's task is not").isNull();
        assertThat(meetingsOf(id)).extracting(Meeting::getType).contains(FamilyMeetingKinds.REVIEW);
        assertThat(jdbc.queryForList("select subject from outbox_mail where recipient = 'maria@example.org' order by id", String.class))
                .containsExactly("You are invited to a family meeting", "Your family plan is ready");

        time.advanceTo(calendar.addWorkingDays(due, 3).atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from action_escalation where action_id = ?", Integer.class, raised.actionId())).isPositive());
        assertThat(jdbc.queryForObject("select count(*) from action where title = 'Take Jordan to school every morning'", Integer.class))
                .as("nobody's manager hears of a family's task").isZero();

        family.recordReview("fay.family", id, Map.of(familyTask.id(), TaskOutcome.DONE), "Jordan is at school every day; the plan goes on");
        FamilyReferral closed = referrals.findById(id).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(FamilyStatus.CLOSED);
        assertThat(closed.completedInTime()).isTrue();
        assertThat(family.read("fay.family", id).tasks()).filteredOn(FamilyTask::isFamilys).extracting(FamilyTask::outcome).containsExactly(TaskOutcome.DONE);

        time.advanceTo(closed.getCompleteBy().plus(Duration.ofHours(1)));
        time.advance(Duration.ofMinutes(1));
        assertThat(audit(id)).doesNotContain("family.completion-late");
    }

    @Test
    void privateFamilyTimeLeavesOnlyItsStartAndEnd() {
        long id = refer("Sky Private", false);
        family.allocate("fay.family", id, fay.id());
        family.recordBaseline("fay.family", id, baseline());
        family.addMember("fay.family", id, new NewMember("Lee Uncle", "Uncle", InvitationContact.IN_PERSON, null, null, null, false, null, false, true, null));
        family.finishPreparation("fay.family", id, "Sky says home is fine when dad is not drinking");
        int before = audit(id).size();
        for (MeetingStage stage : MeetingStage.values()) {
            family.recordStage("fay.family", id, stage);
            time.advance(Duration.ofMinutes(30));
        }
        assertThat(audit(id).subList(before, audit(id).size())).containsExactly("family.meeting-stage", "family.meeting-stage", "family.meeting-stage");
        Map<String, Object> row = jdbc.queryForMap("select * from family_referral where id = ?", id);
        assertThat(row.keySet()).filteredOn(column -> column.startsWith("private")).containsExactlyInAnyOrder("private_time_started_at", "private_time_ended_at");
        FamilyReferral referral = referrals.findById(id).orElseThrow();
        assertThat(Duration.between(referral.getPrivateTimeStartedAt(), referral.getPrivateTimeEndedAt())).isBetween(Duration.ofMinutes(30), Duration.ofMinutes(31));
        assertThatThrownBy(() -> family.recordStage("fay.family", id, MeetingStage.PRIVATE_TIME_ENDED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already recorded");
    }

    private long refer(String child, boolean preProceedings) {
        return family.refer("sam.social", new NewReferral(List.of(Subject.child(child, LocalDate.of(2016, 5, 4), null)),
                "The family asked for help", "Left alone at night", preProceedings)).getId();
    }

    private static Baseline baseline() {
        return new Baseline("A plan to keep the child safe at night", "Who can stay with the child at night?", "The child is never alone overnight",
                "A family support worker");
    }

    private List<Meeting> meetingsOf(long id) {
        return meetings.ofCase(FamilyService.CASE_TYPE, id);
    }

    private List<String> mails(String recipient, long id) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? and body_text like ? order by id",
                String.class, recipient, "%/family/" + id + "\n%");
    }

    private List<String> audit(long id) {
        return jdbc.queryForList("select action from audit_event where entity_type = 'family-referral' and entity_id = ? order by seq",
                String.class, String.valueOf(id));
    }
}
