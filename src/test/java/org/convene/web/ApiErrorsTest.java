package org.convene.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input to the API gets a 4xx problem detail that says what is wrong, and never a stack trace. */
@ConveneTest
class ApiErrorsTest {

    private static final String PROBLEM = "application/problem+json";
    @Autowired MockMvc mvc;
    @Autowired TimeMachine time;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long jdbcPersonId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    @Test
    void anUnauthenticatedCallIsRefusedWith401() throws Exception {
        mvc.perform(get("/api/actions/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(post("/api/actions").with(httpBasic("cara.chair", "convene-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value("The request body is missing, is not valid JSON, or has a value of the wrong type."));
    }

    @Test
    void missingFieldsAre400NamingEachField() throws Exception {
        mvc.perform(post("/api/actions").with(httpBasic("cara.chair", "convene-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ownerAgencyId\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'dueDate')].message").value("must not be null"));
    }

    @Test
    void aDueDateInThePastIs422() throws Exception {
        mvc.perform(post("/api/actions").with(httpBasic("cara.chair", "convene-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Visit\", \"ownerAgencyId\": 1, \"dueDate\": \"" + time.today().minusDays(3) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is in the past")));
    }

    @Test
    void anUnknownOwnerInTheBodyIs422AtItsField() throws Exception {
        mvc.perform(post("/api/actions").with(httpBasic("cara.chair", "convene-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Visit\", \"ownerAgencyId\": 999999, \"dueDate\": \"" + time.today().plusDays(7) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("owner"))
                .andExpect(jsonPath("$.detail").value("Choose who owns the action from the list."));
    }

    @Test
    void aWrongTypeInThePathIs400() throws Exception {
        mvc.perform(get("/api/actions/not-a-number").with(httpBasic("cara.chair", "convene-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM));
    }

    @Test
    void anAttendeeCannotRaiseActions() throws Exception {
        mvc.perform(post("/api/actions").with(httpBasic("pat.police", "convene-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Visit\", \"ownerAgencyId\": 1, \"dueDate\": \"" + time.today().plusDays(7) + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(PROBLEM));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/actions']").exists())
                .andExpect(jsonPath("$.paths['/api/audit/verification']").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{id}/convening']").exists())
                .andExpect(jsonPath("$.paths['/api/meetings/{meetingId}/minutes/approval']").exists());
    }

    @Test
    void aConcernWithNoChildIs400AndAnUnknownMeetingIs404() throws Exception {
        mvc.perform(post("/api/strategy").with(httpBasic("cara.chair", "convene-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"concern\": \"x\", \"referrerName\": \"y\", \"children\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'children')]").exists());
        String created = mvc.perform(post("/api/strategy").with(httpBasic("mo.manager", "convene-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"concern\": \"x\", \"referrerName\": \"y\", \"children\": [{\"name\": \"A Child\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String concernId = created.replaceAll("^\\{\"id\":(\\d+).*", "$1");
        mvc.perform(post("/api/strategy/" + concernId + "/chair").with(httpBasic("mo.manager", "convene-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chairId\": " + jdbcPersonId("pat.police") + "}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Pat Police cannot chair meetings."));
        mvc.perform(post("/api/strategy/" + concernId + "/chair").with(httpBasic("mo.manager", "convene-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chairId\": " + jdbcPersonId("ivan.iro") + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chairId").value(jdbcPersonId("ivan.iro")));
        mvc.perform(post("/api/strategy/" + concernId + "/outcome").with(httpBasic("ivan.iro", "convene-demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"Not substantiated\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Record an outcome only for a concern under a section 47 enquiry."));
        mvc.perform(get("/api/meetings/999999").with(httpBasic("cara.chair", "convene-demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no meeting 999999"));
    }
}
