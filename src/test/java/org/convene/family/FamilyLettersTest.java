package org.convene.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.InvitationContact;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.shared.ConflictException;
import org.convene.subject.Subject;
import org.convene.support.ConveneTest;
import org.convene.support.PlainLanguage;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What families receive is in plain words: every family letter, plan and mail, rendered from a real referral, passes
 * {@link PlainLanguage}; a member whose language is not English is told an
 * interpreter will explain it; a member who may not be told about the child is not told their name.
 */
@ConveneTest
class FamilyLettersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired FamilyService family;
    @Autowired FamilyLetters letters;
    @Autowired MeetingService meetings;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void theCheckCatchesJargonAndLongSentences() {
        assertThat(PlainLanguage.problems("<p>The LA will hold an ICPC.</p>")).hasSize(2);
        assertThat(PlainLanguage.problems("<p>" + "word ".repeat(26).trim() + ".</p>")).hasSize(1);
        assertThat(PlainLanguage.problems("<h1>Your plan</h1><p>We will meet again. Call Fay.</p>")).isEmpty();
    }

    @Test
    void everyFamilyLetterPlanAndMailIsInPlainWords() throws Exception {
        Family agreed = familyWithPlan("Jordan Plainword", true);
        Family notAgreed = familyWithPlan("Riley Plainword", false);
        List<String> rendered = new ArrayList<>();
        for (Family f : List.of(agreed, notAgreed)) {
            for (long member : List.of(f.english, f.polish)) {
                rendered.add(page("/family/" + f.id + "/members/" + member + "/invitation-letter"));
                rendered.add(page("/family/" + f.id + "/members/" + member + "/outcome-letter"));
                rendered.add(pdf("/family/" + f.id + "/members/" + member + "/outcome-letter.pdf"));
            }
            rendered.add(page("/family/" + f.id + "/family-plan"));
            rendered.add(pdf("/family/" + f.id + "/family-plan.pdf"));
            rendered.add(pdf("/family/" + f.id + "/members/" + f.polish + "/invitation-letter.pdf"));
        }
        rendered.addAll(jdbc.queryForList("select body_text from outbox_mail where recipient like '%@family.example' order by id", String.class));
        rendered.addAll(jdbc.queryForList("select subject from outbox_mail where recipient like '%@family.example' order by id", String.class));
        assertThat(rendered).hasSizeGreaterThan(20);
        for (String text : rendered) {
            assertThat(PlainLanguage.problems(PlainLanguage.letterPart(text))).as(text).isEmpty();
        }
    }

    @Test
    void aLetterSaysAnInterpreterWillExplainItAndNamesTheChildOnlyToThoseWhoMayBeTold() throws Exception {
        Family f = familyWithPlan("Noor Interpreter", true);
        assertThat(page("/family/" + f.id + "/members/" + f.polish + "/outcome-letter")).contains("An interpreter will explain this letter to you in Polish");
        assertThat(page("/family/" + f.id + "/members/" + f.english + "/outcome-letter")).doesNotContain("interpreter");
        assertThat(page("/family/" + f.id + "/members/" + f.neighbour + "/invitation-letter")).doesNotContain("Noor").contains("about the child");
        assertThat(page("/family/" + f.id + "/members/" + f.english + "/invitation-letter")).contains("about Noor Interpreter");
        assertThatThrownBy(() -> letters.outcome("fay.family", f.id, f.neighbour)).isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'family-referral' and entity_id = ? and actor = 'fay.family'",
                String.class, String.valueOf(f.id))).as("reading the referral and its letters is audited").contains("family.read");
        assertThat(jdbc.queryForList("select body_text from outbox_mail where recipient like '%@family.example'", String.class))
                .isNotEmpty().allSatisfy(body -> assertThat(body).doesNotContain("Noor"));
    }

    record Family(long id, long english, long polish, long neighbour) {
    }

    private Family familyWithPlan(String child, boolean councilAgrees) {
        long id = family.refer("sam.social", new NewReferral(List.of(Subject.child(child, null, null)), "Asked for help", "Left alone at night", true)).getId();
        long fay = directory.personByUsername("fay.family").orElseThrow().id();
        family.allocate("fay.family", id, fay);
        family.recordBaseline("fay.family", id, new Baseline("A plan for nights", "Who can stay at night?", "Never alone overnight", null));
        String slug = child.toLowerCase(Locale.ROOT).replace(' ', '.');
        long english = family.addMember("fay.family", id, new NewMember("Maria Aunt", "Aunt", InvitationContact.EMAIL, slug + ".maria@family.example",
                null, null, false, null, false, true, null)).getId();
        long polish = family.addMember("fay.family", id, new NewMember("Tomasz Grandad", "Grandfather", InvitationContact.EMAIL,
                slug + ".tomasz@family.example", "4 Example Road", "Polish", true, null, true, true, OfferAnswer.ACCEPTED)).getId();
        long neighbour = family.addMember("fay.family", id, new NewMember("Pat Neighbour", "Neighbour", InvitationContact.POST, null,
                "6 Example Road", null, false, null, false, false, null)).getId();
        Meeting network = family.networkMeeting(id).orElseThrow();
        Instant start = calendar.addWorkingDays(time.today(), 3).atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant();
        meetings.convene("fay.family", network.getId(), start, start.plus(Duration.ofHours(2)), "Children's Centre", null,
                List.of(Invitee.person(directory.personByUsername("sam.social").orElseThrow().id())));
        for (long member : List.of(english, polish, neighbour)) {
            family.invite("fay.family", id, member, member == neighbour ? InvitationContact.POST : InvitationContact.EMAIL);
        }
        family.finishPreparation("fay.family", id, "Wants to stay near school");
        for (MeetingStage stage : MeetingStage.values()) {
            family.recordStage("fay.family", id, stage);
        }
        family.addTask("fay.family", id, new NewTask("Stay with the children at night", english, null, null, time.today().plusDays(14), "Fay Family"));
        family.addTask("fay.family", id, new NewTask("Offer a breakfast club place", null, null,
                directory.agencies().stream().filter(a -> a.kind() == AgencyKind.EDUCATION).findFirst().orElseThrow().id(), time.today().plusDays(7), "Fay Family"));
        family.agreePlan("fay.family", id, new PlanTerms("A family support worker", "The children stay with their grandad", councilAgrees,
                councilAgrees ? null : "The children must not be alone at night, and the plan leaves Fridays open"));
        family.sendPlan("fay.family", id);
        return new Family(id, english, polish, neighbour);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("fay.family").roles("CHAIR"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdf(String path) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(user("fay.family").roles("CHAIR"))).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
