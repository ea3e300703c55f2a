package org.convene.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input about a missing child, through the API and the pages: a clear error at the field, nothing changed, nothing typed lost. */
@ConveneTest
class MissingInputTest {

    @Autowired MissingService missing;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void anUnknownGradeIsABadRequestAndChangesNothing() throws Exception {
        long id = episode("Quinn Badgrade");
        MockHttpServletResponse response = api(post("/api/missing/" + id + "/gradings"), "{\"grade\": \"VERY_HIGH\", \"reason\": \"Worse\"}");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).doesNotContain("Quinn");
        assertThat(jdbc.queryForObject("select count(*) from missing_grading where episode_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aReturnBeforeTheReportIsRefusedAtItsFieldAndChangesNothing() throws Exception {
        long id = episode("Rae Earlyreturn");
        Instant before = time.now().minus(Duration.ofHours(3));
        MockHttpServletResponse response = api(post("/api/missing/" + id + "/return"),
                "{\"returnedAt\": \"" + before + "\", \"how\": \"RETURNED_THEMSELVES\"}");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("returnedAt", "before they were reported").doesNotContain("Rae");
        assertThat(jdbc.queryForObject("select status from missing_episode where id = ?", String.class, id)).isEqualTo("MISSING");
        assertThat(jdbc.queryForObject("select count(*) from return_interview where episode_id = ?", Integer.class, id)).isZero();

        String page = page(post("/missing/" + id + "/return").param("how", "RETURNED_THEMSELVES").param("time", "25:99").param("by", "PC Moss"));
        assertThat(page).contains("govuk-error-summary", "href=\"#returned-time\"", "Enter the time like 21:30", "value=\"PC Moss\"");
        assertThat(jdbc.queryForObject("select status from missing_episode where id = ?", String.class, id)).isEqualTo("MISSING");
    }

    @Test
    void aReportLastSeenAfterItWasMadeIsAMessageAtTheFieldAndKeepsWhatWasTyped() throws Exception {
        int before = jdbc.queryForObject("select count(*) from missing_episode", Integer.class);
        String page = page(post("/missing").param("childName", "Sol Typedkept").param("reporterKind", "PARENT").param("missingFrom", "HOME")
                .param("lastSeenDate.day", "2").param("lastSeenDate.month", "1").param("lastSeenDate.year", "2026").param("lastSeenTime", "10:00")
                .param("reportedDate.day", "1").param("reportedDate.month", "1").param("reportedDate.year", "2026").param("reportedTime", "10:00")
                .param("riskGrade", "LOW").param("exploitationConcerns", "Older males at the park"));
        assertThat(page).contains("href=\"#report-lastSeenDate\"", "must be before they were reported missing", "value=\"Sol Typedkept\"",
                "Older males at the park");
        assertThat(jdbc.queryForObject("select count(*) from missing_episode", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from subject where name = 'Sol Typedkept'", Integer.class)).isZero();
    }

    @Test
    void aChildNamedWithAKnownCaseReferenceIsTheSameChildAndAnotherNameIsRefused() throws Exception {
        String report = "{\"childName\": \"%s\", \"childReference\": \"LCS-77001\", \"reporterKind\": \"POLICE\", \"policeReference\": \"%s\", "
                + "\"missingFrom\": \"HOME\", \"lastSeenAt\": \"%s\", \"reportedAt\": \"%s\", \"riskGrade\": \"LOW\"}";
        Instant now = time.now();
        MockHttpServletResponse first = api(post("/api/missing"), report.formatted("Tam Samechild", "P-1", now.minus(Duration.ofHours(2)), now));
        assertThat(first.getStatus()).isEqualTo(201);
        long firstId = ((Number) com.jayway.jsonpath.JsonPath.read(first.getContentAsString(), "$.id")).longValue();
        missing.recordReturn("mia.coordinator", firstId, time.now(), "Home", ReturnHow.RETURNED_THEMSELVES, null);
        MockHttpServletResponse second = api(post("/api/missing"), report.formatted("tam samechild", "P-2", now.minus(Duration.ofHours(1)), time.now()));
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(com.jayway.jsonpath.JsonPath.<Number>read(second.getContentAsString(), "$.subjectId").longValue())
                .isEqualTo(com.jayway.jsonpath.JsonPath.<Number>read(first.getContentAsString(), "$.subjectId").longValue());

        MockHttpServletResponse other = api(post("/api/missing"), report.formatted("Lee Otherchild", "P-3", now.minus(Duration.ofHours(1)), time.now()));
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString()).contains("childReference").doesNotContain("Tam");
    }

    private long episode(String child) {
        Instant now = time.now();
        return missing.report("mia.coordinator", new NewEpisode(null, child, null, null, ReporterKind.CARER, null, null, MissingFrom.HOME, null,
                now.minus(Duration.ofHours(2)), now, false, false, null, null, RiskGrade.LOW, null, null, null)).getId();
    }

    private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(user("mia.coordinator").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user("mia.coordinator").roles("COORDINATOR")).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
