package org.convene.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convene.support.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ConveneTest
class PagesAndSecurityTest {

    @Autowired MockMvc mvc;

    @Test
    void aDemoChairCanSignIn() throws Exception {
        mvc.perform(formLogin().user("cara.chair").password("convene-demo"))
                .andExpect(authenticated().withUsername("cara.chair").withRoles("CHAIR", "MANAGER"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("cara.chair").password("guess")).andExpect(unauthenticated());
    }

    @Test
    void pagesNeedSigningIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Convene")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void stylesheetsAndScriptsAreKeptByTheBrowserAndPagesAreNot() throws Exception {
        for (String asset : new String[] {"/govuk/govuk-frontend.min.css", "/govuk/govuk-frontend.min.js", "/css/convene.css", "/js/convene.js"}) {
            String lastModified = mvc.perform(get(asset)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-cache")).andReturn().getResponse().getHeader("Last-Modified");
            mvc.perform(get(asset).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
        }
        mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/audit/verification").with(user("ada.admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verification").with(user("ada.admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit trail is intact")));
    }

    @Test
    void theHomePageShowsWhatTheRoleMayDo() throws Exception {
        mvc.perform(get("/").with(user("ada.admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/outbox")));
        mvc.perform(get("/").with(user("pat.police").roles("ATTENDEE")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/outbox"))));
    }

    @Test
    void adminPagesAreForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/outbox").with(user("pat.police").roles("ATTENDEE"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(user("ada.admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(user("arthur.auditor").roles("AUDITOR"))).andExpect(status().isOk());
    }

    @Test
    void anUnknownPageIsAFriendly404() throws Exception {
        mvc.perform(get("/no-such-page").with(user("cara.chair").roles("CHAIR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void healthSaysUpToAnyoneAndItsDetailsOnlyToAnAdminOrAScraper() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health").with(user("ada.admin").roles("ADMIN")))
                .andExpect(jsonPath("$.components.engine.status").value("UP"))
                .andExpect(jsonPath("$.components.engine.details.mode").value("embedded"));
        mvc.perform(get("/actuator/health").with(user("cara.chair").roles("CHAIR", "MANAGER")))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void prometheusIsForAnAdminOrAScraperAndCarriesTheActionAndOutboxMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(user("cara.chair").roles("CHAIR", "MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("scraper").roles("METRICS")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("convene_actions_open ")))
                .andExpect(content().string(containsString("convene_actions_overdue ")))
                .andExpect(content().string(containsString("convene_actions_escalated ")))
                .andExpect(content().string(containsString("convene_escalations_fired_total{rung=\"1\"}")))
                .andExpect(content().string(containsString("convene_outbox_depth ")));
    }

    @Test
    void govukFrontendIsServedLocally() throws Exception {
        mvc.perform(get("/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/govuk/govuk-frontend.min.js")).andExpect(status().isOk());
    }
}
