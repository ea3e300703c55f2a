package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.support.Browser;
import org.convene.support.Scenario;
import org.convene.support.ScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page a link can reach, for every demo person, after the {@link Scenario}'s weeks of work: starting from the home
 * page, every link on every page is followed, and each must open for the person it was shown to (no 403 or 404 from a
 * link Convene itself offered, no server error). Every link in every mail a person was sent must open for them too. Then
 * one page of each kind, as each person sees it, is checked in Chromium with axe-core for accessibility.
 */
@ScenarioTest
class EveryPageTest {

    static final List<String> PEOPLE = AccessMatrixTest.PEOPLE;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern MAIL_LINK = Pattern.compile("http://localhost:8080(/[^\\s\"<>]*)");
    private static final Set<String> NOT_PAGES = Set.of("/govuk/", "/css/", "/js/", "/swagger-ui", "/v3/api-docs", "/logout", "/favicon");

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void buildTheScenario() {
        scenario.build();
    }

    @Test
    void everyLinkOnEveryPageOpensForWhoeverItIsShownTo() throws Exception {
        Map<String, String> problems = new TreeMap<>();
        for (String person : PEOPLE) {
            crawl(person).forEach((path, page) -> {
                if (page.status() != 200) {
                    problems.put(person + " " + path, "HTTP " + page.status());
                }
            });
        }
        assertThat(problems).as("links that did not open for the person they were shown to").isEmpty();
    }

    @Test
    void everyLinkInEveryMailOpensForItsRecipient() throws Exception {
        Map<String, String> problems = new TreeMap<>();
        int links = 0;
        for (String username : PEOPLE) {
            Person person = directory.personByUsername(username).orElseThrow();
            // An invitation withdrawn by the chair ends the invitee's access at once, its earlier mails' links with it.
            for (String body : jdbc.queryForList("""
                    select m.body_text from outbox_mail m where m.recipient = ? and not exists (select 1 from invitation i
                    where i.removed_at is not null and i.email = m.recipient and m.body_text like '%/meetings/' || i.meeting_id || '%')""",
                    String.class, person.email())) {
                Matcher link = MAIL_LINK.matcher(body);
                while (link.find()) {
                    String path = link.group(1);
                    boolean signed = path.contains("token=");
                    MockHttpServletResponse response = mvc.perform(signed ? get(path) : get(path).with(as(username))).andReturn().getResponse();
                    links++;
                    if (response.getStatus() != 200 && !(signed && response.getStatus() == 403)) {
                        problems.put(username + " " + path, "HTTP " + response.getStatus());
                    }
                }
            }
        }
        assertThat(links).as("the scenario's mails hold links").isGreaterThan(50);
        assertThat(problems).as("links in mails that did not open for their recipient").isEmpty();
    }

    @Test
    void everyKindOfPageIsAccessibleAsEachPersonSeesIt() throws Exception {
        Map<String, Set<String>> pagesByPerson = new LinkedHashMap<>();
        Set<String> layouts = new LinkedHashSet<>();
        for (String person : PEOPLE) {
            crawl(person).forEach((path, page) -> {
                if (page.html() != null && layouts.add(layout(page.html()))) {
                    pagesByPerson.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(path);
                }
            });
        }
        ChromeDriver browser = Browser.start();
        try {
            Map<String, List<String>> violations = new TreeMap<>();
            pagesByPerson.forEach((person, pages) -> {
                browser.manage().deleteAllCookies();
                Browser.signIn(browser, "http://localhost:" + port, person);
                for (String path : pages) {
                    browser.get("http://localhost:" + port + path);
                    List<String> found = Browser.accessibilityViolations(browser);
                    if (!found.isEmpty()) {
                        violations.put(person + " " + path, found);
                    }
                }
            });
            assertThat(layouts).as("kinds of page checked").hasSizeGreaterThan(20);
            assertThat(violations).as("axe-core violations").isEmpty();
        } finally {
            browser.quit();
        }
    }

    /**
     * A page's markup without its words, numbers, values, repeated rows and the header (whose menu changes with the
     * person's roles): two pages with the same layout (the same forms, tables and links, whoever reads them) have the
     * same accessibility, so axe checks one of them.
     */
    private static String layout(String html) {
        String bare = html.replaceAll("(?s)<header>.*</header>", "").replaceAll(">[^<]*<", "><")
                .replaceAll("(value|href|title|aria-label|id|for|name|aria-describedby)=\"[^\"]*\"", "$1").replaceAll("\\d+", "#");
        return bare.replaceAll("(?s)(<tr[^>]*>.*?</tr>)(\\1)+", "$1").replaceAll("(?s)(<li[^>]*>.*?</li>)(\\1)+", "$1")
                .replaceAll("(?s)(<option[^>]*></option>)(\\1)+", "$1");
    }

    /** What a path answered: its status, and its markup when it is an HTML page that opened. */
    private record Reached(int status, String html) {
    }

    /** Every page reachable by following links from the home page, with what each answered. */
    private Map<String, Reached> crawl(String person) throws Exception {
        Map<String, Reached> reached = new LinkedHashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        while (!toVisit.isEmpty()) {
            String path = toVisit.pop();
            MockHttpServletResponse response = mvc.perform(get(path).with(as(person))).andReturn().getResponse();
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                reached.put(path, new Reached(response.getStatus(), null));
                continue;
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            reached.put(path, new Reached(200, html));
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                String next = link.group(1).replace("&amp;", "&");
                if (NOT_PAGES.stream().noneMatch(next::startsWith) && seen.add(next)) {
                    toVisit.add(next);
                }
            }
        }
        assertThat(reached).as("pages reached by " + person).containsKeys("/", "/meetings", "/actions");
        return reached;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        Person person = directory.personByUsername(username).orElseThrow();
        return user(username).roles(person.roles().stream().map(Enum::name).toArray(String[]::new));
    }
}
