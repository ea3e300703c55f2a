package org.convene.tmpexp;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ConveneTest
class ReproTest {
    @Autowired MockMvc mvc;

    @Test
    void repro() throws Exception {
        try {
            System.out.println("STATUS " + mvc.perform(post("/meetings").param("concern", "ꑌ勄짿唸젰揞泃㛁볾").with(user("pat.police").roles("ATTENDEE")).with(csrf())).andReturn().getResponse().getStatus());
        } catch (Exception e) { e.printStackTrace(System.out); }
        try {
            System.out.println("STATUS2 " + mvc.perform(post("/meetings").param("concern", "x").with(user("cara.chair").roles("CHAIR")).with(csrf())).andReturn().getResponse().getStatus());
        } catch (Exception e) { e.printStackTrace(System.out); }
    }
}
