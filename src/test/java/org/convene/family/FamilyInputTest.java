package org.convene.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.convene.directory.Directory;
import org.convene.meeting.InvitationContact;
import org.convene.subject.Subject;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input about a family's referral, through the pages and the API: a clear error at the field, nothing changed, nothing typed lost, no child named. */
@ConveneTest
class FamilyInputTest {

    @Autowired FamilyService family;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aReferralWithoutItsReasonOrAChildsNameIsAMessageAtEachFieldAndKeepsWhatWasTyped() throws Exception {
        int before = jdbc.queryForObject("select count(*) from family_referral", Integer.class);
        String page = page("sam.social", post("/family").param("worries", "Left alone at night, typed and kept")
                .param("children[0].dateOfBirth.day", "3").param("children[0].dateOfBirth.month", "4").param("children[0].dateOfBirth.year", "2016")
                .param("children[0].reference", "LCS-1"));
        assertThat(page).contains("govuk-error-summary", "href=\"#referral-reason\"", "Say why the family is referred.",
                "href=\"#referral-children-0-name\"", "name, or clear the row.", "Left alone at night, typed and kept", "value=\"LCS-1\"");
        assertThat(jdbc.queryForObject("select count(*) from family_referral", Integer.class)).isEqualTo(before);
    }

    @Test
    void aMemberWithABadEmailOrNoAddressForALetterIsAMessageAtTheField() throws Exception {
        long id = referral("Ari Badmember", true);
        String badEmail = page("sam.social", post("/family/" + id + "/members").param("name", "Maria Typedaunt").param("relationship", "Aunt")
                .param("contact", "EMAIL").param("email", "not an address").param("mayReceiveInformation", "true"));
        assertThat(badEmail).contains("href=\"#member-email\"", "Enter their e-mail address", "value=\"Maria Typedaunt\"");
        String noAddress = page("sam.social", post("/family/" + id + "/members").param("name", "Tomasz Typedgrandad").param("relationship", "Grandfather")
                .param("contact", "POST"));
        assertThat(noAddress).contains("href=\"#member-contactDetails\"", "Give the address to post letters to.", "value=\"Tomasz Typedgrandad\"");
        String noAnswer = page("sam.social", post("/family/" + id + "/members").param("name", "Pat Typedparent").param("relationship", "Mother")
                .param("contact", "IN_PERSON").param("parentalResponsibility", "true"));
        assertThat(noAnswer).contains("href=\"#member-offerAnswer\"", "accepted the offer of a family network meeting before proceedings");
        assertThat(jdbc.queryForObject("select count(*) from family_member where referral_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void theApiRefusesBadValuesWithProblemDetailsThatNameNoChild() throws Exception {
        long id = referral("Kai Badapi", false);
        MockHttpServletResponse unknownContact = api("sam.social", post("/api/family-referrals/" + id + "/members"),
                "{\"name\": \"Ann\", \"relationship\": \"Aunt\", \"contact\": \"CARRIER_PIGEON\"}");
        assertThat(unknownContact.getStatus()).isEqualTo(400);
        assertThat(unknownContact.getContentAsString()).doesNotContain("Kai");

        MockHttpServletResponse outOfOrder = api("fay.family", post("/api/family-referrals/" + id + "/stages"), "{\"stage\": \"PRIVATE_TIME_STARTED\"}");
        assertThat(outOfOrder.getStatus()).isEqualTo(409);
        assertThat(outOfOrder.getContentAsString()).contains("stages are recorded while the meeting is going on").doesNotContain("Kai");

        family.addMember("fay.family", id, new NewMember("Lee Uncle", "Uncle", InvitationContact.IN_PERSON, null, null, null, false, null, false, true, null));
        family.finishPreparation("fay.family", id, "Kai wants to stay home");
        long member = family.read("fay.family", id).members().getFirst().getId();
        long agency = directory.agencies().getFirst().id();
        MockHttpServletResponse twoOwners = api("fay.family", post("/api/family-referrals/" + id + "/tasks"), "{\"what\": \"Visit\", \"memberId\": "
                + member + ", \"ownerAgencyId\": " + agency + ", \"dueDate\": \"" + time.today().plusDays(3) + "\", \"checkedBy\": \"Fay\"}");
        assertThat(twoOwners.getStatus()).isEqualTo(422);
        assertThat(twoOwners.getContentAsString()).contains("owner", "Choose one person or service").doesNotContain("Kai");
        MockHttpServletResponse past = api("fay.family", post("/api/family-referrals/" + id + "/tasks"), "{\"what\": \"Visit\", \"memberId\": "
                + member + ", \"dueDate\": \"" + time.today().minusDays(1) + "\", \"checkedBy\": \"Fay\"}");
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat(past.getContentAsString()).contains("dueDate", "cannot be in the past");
        assertThat(jdbc.queryForObject("select count(*) from family_task where referral_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aPlanTheCouncilDoesNotAgreeNeedsItsReasonAndKeepsTheBackUpPlanTyped() throws Exception {
        long id = referral("Jo Noreason", false);
        family.addMember("fay.family", id, new NewMember("Lee Uncle", "Uncle", InvitationContact.IN_PERSON, null, null, null, false, null, false, true, null));
        family.finishPreparation("fay.family", id, "Jo wants to stay home");
        for (MeetingStage stage : MeetingStage.values()) {
            family.recordStage("fay.family", id, stage);
        }
        family.addTask("fay.family", id, new NewTask("Stay at night", family.read("fay.family", id).members().getFirst().getId(), null, null,
                time.today().plusDays(3), "Fay"));
        String page = page("fay.family", post("/family/" + id + "/plan").param("backupPlan", "Jo stays with her uncle, typed and kept")
                .param("councilAgrees", "no"));
        assertThat(page).contains("href=\"#plan-councilReason\"", "Say why the council does not agree the plan", "Jo stays with her uncle, typed and kept");
        assertThat(jdbc.queryForObject("select status from family_referral where id = ?", String.class, id)).isEqualTo("MEETING");
    }

    private long referral(String child, boolean preProceedings) {
        long id = family.refer("sam.social", new NewReferral(List.of(Subject.child(child, null, null)), "Asked for help", "Alone at night",
                preProceedings)).getId();
        family.allocate("mo.manager", id, directory.personByUsername("fay.family").orElseThrow().id());
        family.recordBaseline("fay.family", id, new Baseline("A plan", "Who can help?", "Never alone overnight", null));
        return id;
    }

    private MockHttpServletResponse api(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(user(username).roles(roles(username))).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(username).roles(roles(username))).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String[] roles(String username) {
        return directory.personByUsername(username).orElseThrow().roles().stream().map(Enum::name).toArray(String[]::new);
    }
}
