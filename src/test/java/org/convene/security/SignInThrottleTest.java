package org.convene.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.convene.directory.Directory;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong passwords are throttled by account and by address (the form and the API alike), no password is checked while
 * throttled, and every wrong password is audited.
 */
@ConveneTest
class SignInThrottleTest {

    static final String PASSWORD = "convene-demo";
    /** convene.sign-in.failures-per-address: enough for a busy office behind one address, too few to spray accounts. */
    static final int PER_ADDRESS = 50;

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsRefusedUntilTheWaitIsOver() throws Exception {
        long yvonne = directory.personByUsername("yvonne.youth").orElseThrow().id();
        int auditedBefore = failedSignInsOf(String.valueOf(yvonne));
        for (int attempt = 1; attempt <= 30; attempt++) {
            String redirect = signIn("yvonne.youth", "guess-" + attempt, "198.51.100.7").getRedirectedUrl();
            assertThat(redirect).as("attempt " + attempt).isEqualTo(attempt <= 5 ? "/login?error" : "/login?throttled");
        }
        assertThat(failedSignInsOf(String.valueOf(yvonne)) - auditedBefore).as("each password checked and wrong is audited").isEqualTo(5);

        assertThat(signIn("yvonne.youth", PASSWORD, "198.51.100.7").getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(signIn("yvonne.youth", PASSWORD, "203.0.113.9").getRedirectedUrl()).as("the account, from anywhere").isEqualTo("/login?throttled");
        MockHttpServletResponse api = mvc.perform(get("/api/meetings").with(httpBasic("yvonne.youth", PASSWORD)).with(from("203.0.113.9")))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(api.getHeader("Retry-After"))).isBetween(1L, Duration.ofMinutes(15).toSeconds());

        time.advance(Duration.ofMinutes(16));
        assertThat(signIn("yvonne.youth", PASSWORD, "198.51.100.7").getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedWhileOthersSignIn() throws Exception {
        for (int attempt = 1; attempt <= PER_ADDRESS; attempt++) {
            assertThat(signIn("made.up." + attempt, "guess", "198.51.100.8").getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'sign-in.failed' and actor = 'unknown'", Integer.class))
                .as("a name that is no account is not written down").isGreaterThanOrEqualTo(PER_ADDRESS);
        assertThat(signIn("yusuf.youth", PASSWORD, "198.51.100.8").getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(signIn("yusuf.youth", PASSWORD, "203.0.113.10").getRedirectedUrl()).isEqualTo("/");

        time.advance(Duration.ofMinutes(16));
        assertThat(signIn("yusuf.youth", PASSWORD, "198.51.100.8").getRedirectedUrl()).isEqualTo("/");
    }

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
                .andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int failedSignInsOf(String personId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'sign-in.failed' and entity_id = ?", Integer.class, personId);
    }
}
