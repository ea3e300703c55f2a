package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convene.action.ActionService;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forms sent with values no page offers, as a hand-made or stale request would send them: each is answered with its
 * page again and a message saying what to do, never a server error, and nothing changes. Multipart bodies that cannot
 * be read are sent to the real server, as only Tomcat parses them (MockMvc does not).
 */
@ConveneTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedFormsTest {

    private static final String CHILD = "Jordan Markerchild";
    private static final String BOUNDARY = "multipart/form-data; boundary=XX";
    private static final String CUT_OFF = "--XX\r\nContent-Disposition: form-data; name=\"concern\"\r\n\r\n" + CHILD;
    private static final String NO_HEADERS = "--XX\r\n\r\n" + CHILD + "\r\n--XX--\r\n";

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired Concerns concerns;
    @Autowired ActionService actions;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    private Map<AgencyKind, Agency> agencies;

    @BeforeEach
    void agencies() {
        agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, Function.identity()));
    }

    @Test
    void concernAndMeetingForms() throws Exception {
        chair(post("/strategy").param("concern", "Worried").param("referrerAgency", "police").param("children[0].name", "Sam Formtest"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the referrer&#39;s agency from the list.")))
                .andExpect(content().string(containsString("Say who referred the concern.")))
                .andExpect(content().string(containsString("value=\"Sam Formtest\"")));

        Meeting meeting = convened();
        String page = "/meetings/" + meeting.getId();
        int invitations = meetings.invitationsOf(meeting.getId()).size();
        chair(post(page + "/invitations").param("invitee", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who to invite.")));
        for (String invitee : List.of("agency:", "agency:three", "person:1e3", "someone", "person:999999999")) {
            chair(post(page + "/invitations").param("invitee", invitee))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who to invite from the list.")));
        }
        List<Invitation> invited = meetings.invitationsOf(meeting.getId());
        chair(post(page + "/held").param("attendance[" + invited.getFirst().getId() + "]", "SOMETIMES"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose how they attended from the list.")));
        chair(post(page + "/held").param("attendance[" + invited.getFirst().getId() + "]", "APOLOGIES")
                .param("quorumOverrideReason", "Police sent a written update"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The meeting has not started yet")))
                .andExpect(content().string(containsString("value=\"APOLOGIES\" selected")))
                .andExpect(content().string(containsString(">Police sent a written update</textarea>")));
        assertThat(meetings.invitationsOf(meeting.getId())).hasSize(invitations).allSatisfy(i -> assertThat(i.getAttendance()).isNull());

        chair(post(page + "/invitations/without-email").param("name", "").param("contact", "PIGEON").param("contactDetails", "1 High Street"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the name of the person to invite.")))
                .andExpect(content().string(containsString("Choose how you will invite them from the list.")))
                .andExpect(content().string(containsString(">1 High Street</textarea>")));
        chair(post(page + "/invitations/without-email").param("name", "A grandparent").param("contact", "POST"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the address to send the letter to.")))
                .andExpect(content().string(containsString("value=\"A grandparent\"")));
        assertThat(meetings.invitationsOf(meeting.getId())).hasSize(invitations);
    }

    @Test
    void concernPageAndSubjectForms() throws Exception {
        Meeting meeting = convened();
        long concern = meeting.getCaseId();
        chair(post("/strategy/" + concern + "/complex").param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Say why the concern is complex.")));
        chair(post("/strategy/" + concern + "/complex").param("reason", "Several families"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hold the first strategy discussion before marking the concern complex")))
                .andExpect(content().string(containsString(">Several families</textarea>")));
        chair(post("/strategy/" + concern + "/outcome").param("outcome", "Not substantiated"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Record an outcome only for a concern under a section 47 enquiry.")));
        chair(post("/strategy/" + concern + "/chair").param("chair", "someone"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the chair from the list.")));

        long child = concerns.childrenOf(concern).getFirst().id();
        chair(post("/subjects/" + child + "/links").param("to", "the park"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the peer group or location from the list.")));
        chair(post("/subjects/" + child + "/links/new").param("kind", "PLANET").param("name", "The park by the leisure centre"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a peer group or a location.")))
                .andExpect(content().string(containsString("value=\"The park by the leisure centre\"")));
        chair(post("/subjects/" + child + "/links/new").param("kind", "LOCATION").param("name", "The park by the leisure centre")
                .param("note", "Seen there after school"))
                .andExpect(redirectedUrl("/subjects/" + child));
        assertThat(jdbc.queryForObject("select count(*) from subject_link where from_subject_id = ?", Long.class, child)).isEqualTo(1L);
    }

    @Test
    void recordForms() throws Exception {
        Meeting meeting = held();
        String record = "/meetings/" + meeting.getId() + "/record";
        long childId = concerns.childrenOf(meeting.getCaseId()).getFirst().id();

        chair(post(record + "/entries").param("kind", "GOSSIP").param("text", "Shared").param("visibility", "FAMILY"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the kind of entry from the list.")));
        chair(post(record + "/entries").param("kind", "INFORMATION").param("text", "Shared").param("visibility", "EVERYONE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who may read it from the list.")));
        chair(post(record + "/entries").param("kind", "INFORMATION").param("text", "Shared").param("visibility", "RESTRICTED")
                .param("restrictedTo", "police"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the agencies from the list.")));
        chair(post(record + "/entries").param("kind", "INFORMATION").param("text", "Shared").param("visibility", "RESTRICTED")
                .param("restrictedTo", "999999999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the agencies from the list.")));
        long police = agencies.get(AgencyKind.POLICE).id();
        chair(post(record + "/entries").param("kind", "DISSENT").param("agency", String.valueOf(police))
                .param("text", "Police disagree with the timing of the visit").param("visibility", "RESTRICTED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Name the agencies that may read this restricted entry.")))
                .andExpect(content().string(containsString(">Police disagree with the timing of the visit</textarea>")))
                .andExpect(content().string(containsString("value=\"DISSENT\" selected")))
                .andExpect(content().string(containsString("value=\"" + police + "\" selected")))
                .andExpect(content().string(containsString("value=\"RESTRICTED\" checked")))
                .andExpect(content().string(containsString("href=\"#entry-restrictedTo\"")));
        chair(post(record + "/children/" + childId).param("decision", "MAYBE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the decision from the list.")));
        chair(post(record + "/actions").param("description", "Visit").param("owner", "person:me")
                .param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", "2099"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who will do it from the list.")));

        assertThat(count("record_entry", meeting.getId())).isZero();
        assertThat(count("strategy_child_record", meeting.getId())).isZero();
        assertThat(count("record_action", meeting.getId())).isZero();
    }

    @Test
    void actionForms() throws Exception {
        long id = actions.raise("cara.chair", "Check school attendance", null, agencies.get(AgencyKind.EDUCATION).id(),
                time.today().plusDays(30)).getId();
        chair(post("/actions").param("title", "Visit").param("owner", "agency:x").param("dueDate.day", "1").param("dueDate.month", "1")
                .param("dueDate.year", "2099"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose who owns the action from the list.")));
        chair(post("/actions/" + id + "/reassignment").param("owner", "team:4").param("reason", "Moved"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the new owner from the list.")));
        chair(post("/actions/" + id + "/extension").param("dueDate.day", "31").param("dueDate.month", "2").param("dueDate.year", "2099")
                .param("reason", "Later"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(post("/actions/" + id + "/completion").param("note", "Spoke to the school on Tuesday")
                        .with(user("eddie.dsl").roles("ATTENDEE")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose what happened.")))
                .andExpect(content().string(containsString(">Spoke to the school on Tuesday</textarea>")));
        assertThat(actions.visibleTo("cara.chair", id).getDueDate()).isEqualTo(time.today().plusDays(30));
        assertThat(actions.visibleTo("cara.chair", id).getOwnerAgencyId()).isEqualTo(agencies.get(AgencyKind.EDUCATION).id());
    }

    @Test
    void afterAcknowledgingAnEscalationOnlyPathsOnThisSiteAreFollowed() throws Exception {
        Person yvonne = directory.personByUsername("yvonne.youth").orElseThrow();
        long actionId = actions.raise("cara.chair", "Detached youth work session", yvonne.id(), null, time.today().plusDays(30)).getId();
        jdbc.update("insert into action_escalation (action_id, due_date, rung, escalated_to_id, escalated_at) values (?, ?, 1, ?, ?)",
                actionId, time.today(), yvonne.id(), Timestamp.from(time.now()));
        long escalationId = jdbc.queryForObject("select id from action_escalation where action_id = ?", Long.class, actionId);
        for (String elsewhere : List.of("//evil.example", "/\\evil.example", "https://evil.example/", "/manager/actions\r\nSet-Cookie:x")) {
            mvc.perform(post("/escalations/" + escalationId + "/acknowledgement").param("returnTo", elsewhere)
                            .with(user("yvonne.youth").roles("MANAGER")).with(csrf()))
                    .andExpect(redirectedUrl("/manager/actions"));
        }
        mvc.perform(post("/escalations/" + escalationId + "/acknowledgement").param("returnTo", "/actions/" + actionId)
                        .with(user("yvonne.youth").roles("MANAGER")).with(csrf()))
                .andExpect(redirectedUrl("/actions/" + actionId));
    }

    @Test
    void aMultipartBodyThatCannotBeReadIsA400BeforeSignInOrCsrfIsChecked(CapturedOutput output) throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        unreadablePage(send(anonymous, "POST", "/login", "multipart/form-data", "username=" + CHILD), 400);
        unreadablePage(send(anonymous, "POST", "/login", BOUNDARY, CUT_OFF), 400);
        unreadablePage(send(anonymous, "POST", "/strategy", BOUNDARY, CUT_OFF), 400);
        unreadablePage(send(anonymous, "POST", "/strategy", BOUNDARY, NO_HEADERS), 400);
        unreadablePage(send(anonymous, "POST", "/incidents/upload", BOUNDARY, ""), 400);
        unreadablePage(send(anonymous, "POST", "/incidents/upload", BOUNDARY, CHILD), 400);
        unreadablePage(send(anonymous, "GET", "/login", "multipart/form-data", CHILD), 400);
        unreadableProblem(send(anonymous, "POST", "/api/strategy", BOUNDARY, CUT_OFF), 400);
        assertThat(output.getAll()).doesNotContain("Unexpected error", CHILD);
    }

    @Test
    void signedInAnUnreadableUploadIsA400WithOrWithoutItsToken(CapturedOutput output) throws Exception {
        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrfToken(admin.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> signIn = admin.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ada.admin&password=convene-demo&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        token = csrfToken(admin.send(request("/incidents/upload").build(), HttpResponse.BodyHandlers.ofString()).body());

        String tokenPart = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n";
        unreadablePage(send(admin, "POST", "/incidents/upload", BOUNDARY, tokenPart
                + "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.csv\"\r\n\r\n" + CHILD), 400);
        unreadablePage(send(admin, "POST", "/incidents/upload", BOUNDARY, tokenPart
                + "--XX\r\nContent-Disposition: form-data; name=\"file\"\r\nContent-Type: multipart/mixed\r\n\r\n" + CHILD + "\r\n--XX--\r\n"), 400);
        unreadablePage(send(admin, "POST", "/incidents/upload", "multipart/form-data", tokenPart + CHILD), 400);
        unreadablePage(send(admin, "POST", "/incidents/upload", BOUNDARY, ""), 400);
        unreadableProblem(send(HttpClient.newHttpClient(), "POST", "/api/incidents/csv", BOUNDARY, NO_HEADERS, "ada.admin"), 400);
        assertThat(output.getAll()).doesNotContain("Unexpected error", CHILD);
    }

    @Test
    void anUploadOverTheLimitIsA413(CapturedOutput output) throws Exception {
        byte[] oversized = ("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.csv\"\r\n\r\n" + CHILD
                + "x".repeat(51 * 1024 * 1024) + "\r\n--XX--\r\n").getBytes();
        // Sent chunked: with its length given, Tomcat refuses it before reading and closes the connection under the answer.
        Supplier<HttpRequest.BodyPublisher> chunked = () -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized));
        String tooLarge = "The upload is larger than 50 MB";
        HttpResponse<String> page = send(HttpClient.newHttpClient(), "POST", "/incidents/upload", BOUNDARY, chunked.get());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("There is a problem", tooLarge).doesNotContain(CHILD);
        HttpResponse<String> api = send(HttpClient.newHttpClient(), "POST", "/api/incidents/csv", BOUNDARY, chunked.get(), "ada.admin");
        assertThat(api.statusCode()).isEqualTo(413);
        JsonNode problem = json.readTree(api.body());
        assertThat(problem.path("title").asText()).isEqualTo("Too large");
        assertThat(problem.path("detail").asText()).startsWith(tooLarge);
        assertThat(api.body()).doesNotContain(CHILD);
        assertThat(output.getAll()).doesNotContain("Unexpected error", CHILD);
    }

    private void unreadablePage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri()).isEqualTo(status);
        assertThat(response.body()).contains("There is a problem", MultipartGuard.UNREADABLE).doesNotContain(CHILD, "Markerchild");
    }

    private void unreadableProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.request().uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("title").asText()).isEqualTo("Unreadable request");
        assertThat(problem.path("detail").asText()).isEqualTo(MultipartGuard.UNREADABLE);
        assertThat(response.body()).doesNotContain(CHILD, "Markerchild");
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String contentType, String body, String... basicUser)
            throws Exception {
        return send(client, method, path, contentType, HttpRequest.BodyPublishers.ofString(body), basicUser);
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                      String... basicUser) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType).header("Accept", "text/html").method(method, body);
        if (basicUser.length > 0) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((basicUser[0] + ":convene-demo").getBytes()));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page's CSRF token").isTrue();
        return token.group(1);
    }

    private ResultActions chair(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("cara.chair").roles("CHAIR", "MANAGER")).with(csrf()));
    }

    private Meeting convened() {
        Meeting meeting = meetings.meeting(concerns.discussion("cara.chair", "Sam Formtest", directory.personByUsername("cara.chair").orElseThrow().id()));
        await().until(() -> meetings.meeting(meeting.getId()).getProcessInstanceKey() != null);
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        return meetings.convene("cara.chair", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 2", null,
                List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()), Invitee.agency(agencies.get(AgencyKind.POLICE).id()),
                        Invitee.agency(agencies.get(AgencyKind.HEALTH).id())));
    }

    private Meeting held() {
        Meeting meeting = convened();
        time.advanceTo(meeting.getStartsAt().plus(Duration.ofMinutes(70)));
        Map<Long, Attendance> present = meetings.invitationsOf(meeting.getId()).stream()
                .collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        return meetings.recordHeld("cara.chair", meeting.getId(), present, Map.of(), Map.of(), null, true);
    }

    private int count(String table, long meetingId) {
        return jdbc.queryForObject("select count(*) from " + table + " where meeting_id = ?", Integer.class, meetingId);
    }
}
