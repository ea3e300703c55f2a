package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Agency;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.meeting.Attendance;
import org.convene.meeting.Invitation;
import org.convene.meeting.Invitee;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingService;
import org.convene.shared.Limits;
import org.convene.support.Concerns;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bad input that gave server errors before each field had its limits: too long, NUL characters, dates far in the
 * past or future, numbers out of range, unknown ids, nulls in lists, keys given twice. Each gets a 400 or 422 problem
 * detail (the API) or a message at the field with everything typed kept (the pages), and nothing is saved.
 */
@ConveneTest
class BadInputTest {

    @Autowired MockMvc mvc;
    @Autowired MeetingService meetings;
    @Autowired Concerns concerns;
    @Autowired Directory directory;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void tooLongTextIsRefusedAtItsFieldByTheApi() throws Exception {
        long meetingsBefore = count("meeting");
        api("/api/strategy", "{\"concern\": \"" + "x".repeat(Limits.CONCERN + 1) + "\", \"referrerName\": \"A teacher\", "
                + "\"children\": [{\"name\": \"" + "n".repeat(Limits.NAME + 1) + "\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'concern')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'children[0].name')]").exists());
        assertThat(count("meeting")).isEqualTo(meetingsBefore);
    }

    @Test
    void tooLongTextOnAPageIsAMessageAtTheFieldAndEverythingTypedIsKept() throws Exception {
        String concern = "Worried about missing episodes. ".repeat(130);
        assertThat(concern.length()).isGreaterThan(Limits.CONCERN);
        mvc.perform(post("/strategy").param("concern", concern).param("referrerName", "r".repeat(Limits.NAME + 1))
                        .param("children[0].name", "Zofia Wiśniewska").with(user("cara.chair").roles("CHAIR", "MANAGER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Describe the concern in 4000 characters or fewer.")))
                .andExpect(content().string(containsString("href=\"#concern-concern\"")))
                .andExpect(content().string(containsString("Give the referrer&#39;s name in 200 characters or fewer.")))
                .andExpect(content().string(containsString(concern.substring(0, 200))))
                .andExpect(content().string(containsString("value=\"Zofia Wiśniewska\"")));
    }

    @Test
    void aTenThousandCharacterEntryIsRefused() throws Exception {
        long meeting = held();
        api("/api/meetings/" + meeting + "/record/entries", "{\"kind\": \"INFORMATION\", \"text\": \"" + "e".repeat(10_000)
                + "\", \"visibility\": \"PROFESSIONALS\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(post("/meetings/" + meeting + "/record/entries").param("kind", "INFORMATION").param("text", "e".repeat(10_000))
                        .param("visibility", "PROFESSIONALS").with(user("cara.chair").roles("CHAIR", "MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Write the entry in 8000 characters or fewer.")));
        assertThat(jdbc.queryForObject("select count(*) from record_entry where meeting_id = ?", Long.class, meeting)).isZero();
    }

    @Test
    void nulCharactersAreRefused() throws Exception {
        api("/api/strategy", "{\"concern\": \"Worried\\u0000\", \"referrerName\": \"A teacher\", \"children\": [{\"name\": \"Ann\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("concern"));
        mvc.perform(post("/strategy").param("concern", "Worried\u0000").param("referrerName", "A teacher").param("children[0].name", "Ann")
                        .with(user("cara.chair").roles("CHAIR", "MANAGER")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/manager/actions").param("meetingType", "\u0000").with(user("cara.chair").roles("CHAIR", "MANAGER")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void datesFarInThePastOrFutureAreRefused() throws Exception {
        long sam = directory.personByUsername("sam.social").orElseThrow().id();
        for (String date : List.of("+99999-01-01", "0001-01-01", "2299-12-31")) {
            api("/api/actions", "{\"title\": \"Visit\", \"ownerPersonId\": " + sam + ", \"dueDate\": \"" + date + "\"}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        }
        mvc.perform(post("/actions").param("title", "Visit").param("owner", "person:" + sam).param("dueDate.day", "1")
                        .param("dueDate.month", "1").param("dueDate.year", "99999").with(user("cara.chair").roles("CHAIR", "MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a year between 1900 and 2199.")))
                .andExpect(content().string(containsString("value=\"99999\"")));
    }

    @Test
    void numbersOutOfRangeInAFilterAreAMessage() throws Exception {
        mvc.perform(get("/manager/actions").param("overdueDays", "-2147483648").with(user("cara.chair").roles("CHAIR", "MANAGER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose how long overdue from the list.")));
        mvc.perform(get("/manager/actions.csv").param("overdueDays", "99999999999").with(user("cara.chair").roles("CHAIR", "MANAGER")))
                .andExpect(status().isOk());
    }

    @Test
    void unknownIdsAndNullsInListsAreRefused() throws Exception {
        api("/api/actions", "{\"title\": \"Visit\", \"ownerPersonId\": 99999999, \"dueDate\": \"" + time.today().plusDays(9) + "\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("owner"));
        long meeting = held();
        api("/api/meetings/" + meeting + "/record/entries", "{\"kind\": \"INFORMATION\", \"text\": \"Shared\", \"visibility\": \"RESTRICTED\", "
                + "\"restrictedTo\": [null]}")
                .andExpect(status().isBadRequest());
        api("/api/meetings/" + meeting + "/record/entries", "{\"kind\": \"INFORMATION\", \"text\": \"Shared\", \"visibility\": \"RESTRICTED\", "
                + "\"restrictedTo\": [\"\"]}")
                .andExpect(status().isBadRequest());
        api("/api/meetings/" + meeting + "/record/entries", "{\"kind\": \"INFORMATION\", \"text\": \"Shared\", \"visibility\": \"RESTRICTED\", "
                + "\"restrictedTo\": [99999999]}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("restrictedTo"));
        assertThat(jdbc.queryForObject("select count(*) from record_entry where meeting_id = ?", Long.class, meeting)).isZero();
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        long sam = directory.personByUsername("sam.social").orElseThrow().id();
        api("/api/actions", "{\"title\": \"Visit\", \"title\": \"Visit twice\", \"ownerPersonId\": " + sam + ", \"dueDate\": \""
                + time.today().plusDays(9) + "\"}")
                .andExpect(status().isBadRequest());
    }

    private org.springframework.test.web.servlet.ResultActions api(String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic("cara.chair", "convene-demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long held() {
        Map<AgencyKind, Agency> agencies = directory.agencies().stream().collect(Collectors.toMap(Agency::kind, a -> a));
        Meeting meeting = meetings.meeting(concerns.discussion("cara.chair", "Ann Badinput", directory.personByUsername("cara.chair").orElseThrow().id()));
        Instant start = calendar.addWorkingDays(time.today(), 2).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant();
        meetings.convene("cara.chair", meeting.getId(), start, start.plus(Duration.ofHours(1)), "Room 2", null,
                List.of(Invitee.agency(agencies.get(AgencyKind.SOCIAL_CARE).id()), Invitee.agency(agencies.get(AgencyKind.POLICE).id()),
                        Invitee.agency(agencies.get(AgencyKind.HEALTH).id())));
        time.advanceTo(start.plus(Duration.ofMinutes(70)));
        Map<Long, Attendance> present = meetings.invitationsOf(meeting.getId()).stream().collect(Collectors.toMap(Invitation::getId, i -> Attendance.PRESENT));
        meetings.recordHeld("cara.chair", meeting.getId(), present, Map.of(), Map.of(), null, true);
        return meeting.getId();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
