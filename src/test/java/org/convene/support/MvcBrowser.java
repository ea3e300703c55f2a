package org.convene.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One person's browser over MockMvc: it keeps the cookies Convene sets and sends them back, so its session is the one
 * Spring Session keeps in the database, found by its cookie, as any replica would find it. Every request carries a
 * CSRF token, as the pages' forms do.
 */
public final class MvcBrowser {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public MvcBrowser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A browser signed in with the demo password; fails if the sign-in is refused. */
    public static MvcBrowser signedIn(MockMvc mvc, String username) throws Exception {
        MvcBrowser browser = new MvcBrowser(mvc);
        String to = browser.perform(post("/login").param("username", username).param("password", "convene-demo"))
                .andReturn().getResponse().getRedirectedUrl();
        if (to == null || to.contains("/login")) {
            throw new AssertionError(username + " was not signed in (sent to " + to + ")");
        }
        return browser;
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        ResultActions result = mvc.perform(request.with(csrf()));
        for (Cookie cookie : result.andReturn().getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}
