package org.convene.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convene.directory.Directory;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Reading a meeting (its children's details) is audited, and the trail can be read by record, person and dates. */
@ConveneTest
class AuditReadingTest {

    @Autowired MockMvc mvc;
    @Autowired Concerns concerns;
    @Autowired Directory directory;
    @Autowired TimeMachine time;

    @Test
    void readingAMeetingIsAuditedAndTheTrailCanBeSearched() throws Exception {
        long id = concerns.discussion("cara.chair", "Ann Audit", directory.personByUsername("cara.chair").orElseThrow().id());
        mvc.perform(get("/meetings/" + id).with(user("cara.chair").roles("CHAIR", "MANAGER"))).andExpect(status().isOk());

        String today = time.today().toString();
        mvc.perform(get("/api/audit/events").param("entityType", "meeting").param("entityId", String.valueOf(id))
                        .param("from", today).param("to", today).with(httpBasic("arthur.auditor", "convene-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].action").value("meeting.read"))
                .andExpect(jsonPath("$.events[0].actor").value("cara.chair"))
                .andExpect(jsonPath("$.events[1].action").value("meeting.requested"));
        mvc.perform(get("/admin/audit").param("entityType", "meeting").param("entityId", String.valueOf(id)).param("actor", "cara.chair")
                        .with(user("arthur.auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("meeting.read")))
                .andExpect(content().string(containsString("meeting.requested")));
        mvc.perform(get("/admin/audit").param("entityType", "meeting").param("entityId", String.valueOf(id)).param("actor", "pat.police")
                        .with(user("arthur.auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No records match.")));
        mvc.perform(get("/admin/audit").param("from.day", "32").param("from.month", "1").param("from.year", "2026")
                        .with(user("arthur.auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(not(containsString("No records match."))));
    }
}
