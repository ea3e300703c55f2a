package org.convene.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.convene.subject.Subject;
import org.convene.subject.SubjectKind;
import org.convene.subject.Subjects;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The incident log's CSV upload, in a police export's layout: good rows are loaded with the children and peer groups
 * they name; one bad row and nothing is loaded, and every problem is reported by row and column without quoting a cell.
 */
@ConveneTest
class IncidentCsvTest {

    private static final String HEADER = "Reference,Date,Time,Kind,Circumstances,Location,Children,Peer groups,Officer\n";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;
    @Autowired Subjects subjects;
    @Autowired ObjectMapper json;
    @Autowired IncidentRepository incidents;

    @Test
    void aGoodExportIsLoadedWithTheChildrenAndPeerGroupsItNames() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String date = time.today().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String csv = HEADER
                + "CSV-" + run + "-1," + date + ",21:40,Weapons,\"Knife seen during a fight, two groups\",Castle Park,\"Tia Csvchild 04/05/2011; Uma Csvchild\",Csv Park Group " + run + ",PC 1\n"
                + "CSV-" + run + "-2," + date + ",22.15,online harm,\"Images shared\nin a group chat\",,Tia Csvchild 04/05/2011,csv park group " + run + ",PC 2\n"
                + "\n";
        MockHttpServletResponse response = mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(csv)
                .with(user("pat.police").roles("ATTENDEE"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(json.readTree(response.getContentAsString()).get("incidents").asInt()).isEqualTo(2);
        Incident first = incident("CSV-" + run + "-1");
        Incident second = incident("CSV-" + run + "-2");
        assertThat(first.getKind()).isEqualTo(IncidentKind.WEAPONS);
        assertThat(first.getSource()).isEqualTo(IncidentSource.CSV);
        assertThat(first.getCircumstances()).isEqualTo("Knife seen during a fight, two groups");
        assertThat(second.getKind()).isEqualTo(IncidentKind.ONLINE_HARM);
        assertThat(second.getCircumstances()).isEqualTo("Images shared\nin a group chat");
        assertThat(second.getLocation()).isNull();
        assertThat(first.getOccurredAt()).isEqualTo(time.today().minusDays(1).atTime(21, 40).atZone(ZoneId.of("Europe/London")).toInstant());
        assertThat(jdbc.queryForObject("select a.kind from incident i join agency a on a.id = i.reporting_agency_id where i.id = ?", String.class,
                first.getId())).isEqualTo("POLICE");

        List<Subject> involvedFirst = subjects.ofCase(BriefingService.CASE_TYPE, first.getId());
        List<Subject> involvedSecond = subjects.ofCase(BriefingService.CASE_TYPE, second.getId());
        assertThat(involvedFirst).extracting(Subject::name).containsExactly("Tia Csvchild", "Uma Csvchild", "Csv Park Group " + run);
        assertThat(involvedFirst.getFirst().dateOfBirth()).isEqualTo(LocalDate.of(2011, 5, 4));
        // The same child (name and date of birth) and the same peer group (its name, in any case) are the same subjects.
        assertThat(involvedSecond).extracting(Subject::id).containsExactly(involvedFirst.get(0).id(), involvedFirst.get(2).id());
        assertThat(involvedSecond.get(1).kind()).isEqualTo(SubjectKind.PEER_GROUP);
    }

    @Test
    void oneBadRowLoadsNothingAndEveryProblemIsReportedByRowWithoutQuotingIt() throws Exception {
        String run = String.valueOf(System.nanoTime());
        String known = "CSV-KNOWN-" + run;
        mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(HEADER + known + ",01/11/2026,10:00,Drugs,Dealing seen,,,,\n")
                .with(user("pat.police").roles("ATTENDEE")));
        int incidentsBefore = count("incident");
        int subjectsBefore = count("subject");
        String csv = HEADER
                + "CSV-" + run + "-1,01/11/2026,10:00,Violence,Assault at the park,Park,Vera Goodrow 01/02/2012,,\n"
                + "CSV-" + run + "-2,31/02/2026,10:00,Violence,Assault,Park,Wyn Baddate,,\n"
                + "CSV-" + run + "-3,01/11/2026,25:00,Violence,Assault,Park,Xan Badtime,,\n"
                + "CSV-" + run + "-4,01/11/2026,10:00,Xander Badkind,Assault,Park,,,\n"
                + "CSV-" + run + "-5,01/11/2026,10:00,Violence,,Park,Yas Nocircumstances,,\n"
                + "CSV-" + run + "-1,01/11/2026,11:00,Violence,Again,Park,,,\n"
                + known + ",01/11/2026,10:00,Drugs,Dealing seen,,,,\n"
                + "CSV-" + run + "-8,01/11/2026,10:00,Violence,Assault,Park,Zed Futurebirth 01/01/2999,,\n"
                + "CSV-" + run + "-9," + time.today().plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")) + ",10:00,Violence,Assault,,,,\n";
        MockHttpServletResponse response = mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(csv)
                .with(user("pat.police").roles("ATTENDEE"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt() + " " + e.get("field").asText()).containsExactly(
                "3 Date", "4 Time", "5 Kind", "6 Circumstances", "7 Reference", "8 Reference", "9 Children", "10 Date");
        assertThat(response.getContentAsString()).contains("nothing was loaded", "The same reference as row 2", "already in the log")
                .doesNotContain("Goodrow", "Baddate", "Badtime", "Xander", "Badkind", "Nocircumstances", "Futurebirth", "31/02", "25:00");
        assertThat(count("incident")).isEqualTo(incidentsBefore);
        assertThat(count("subject")).isEqualTo(subjectsBefore);

        String page = mvc.perform(multipart("/incidents/upload").file(new MockMultipartFile("file", "export.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("reportingAgency", "").with(user("pat.police").roles("ATTENDEE")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("8 rows have problems: nothing was loaded.", "<td class=\"govuk-table__cell\">3</td>", "Give a real date")
                .doesNotContain("Goodrow", "Xander");
        assertThat(count("incident")).isEqualTo(incidentsBefore);
    }

    @Test
    void aFileWithoutTheNeededColumnsOrNotCsvAtAllIsRefusedPlainly() throws Exception {
        MockHttpServletResponse noColumns = mvc.perform(post("/api/incidents/csv").contentType("text/csv")
                .content("Ref,When\nX-1,today\n").with(user("pat.police").roles("ATTENDEE"))).andReturn().getResponse();
        assertThat(noColumns.getStatus()).isEqualTo(422);
        assertThat(noColumns.getContentAsString()).contains("The header has no column called Reference", "Circumstances");

        MockHttpServletResponse broken = mvc.perform(post("/api/incidents/csv").contentType("text/csv")
                .content(HEADER + "BROKEN-1,01/11/2026,10:00,Drugs,\"never closed,,,,\n").with(user("pat.police").roles("ATTENDEE")))
                .andReturn().getResponse();
        assertThat(broken.getStatus()).isEqualTo(422);

        MockHttpServletResponse empty = mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(HEADER)
                .with(user("pat.police").roles("ATTENDEE"))).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("no incidents");

        String page = mvc.perform(multipart("/incidents/upload").param("reportingAgency", "").with(user("pat.police").roles("ATTENDEE")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#upload-file\"", "Choose the CSV file to upload.");
    }

    @Test
    void onlyThoseWhoMayLogIncidentsMayUploadThem() throws Exception {
        String csv = HEADER + "CSV-ACCESS-" + System.nanoTime() + ",01/11/2026,10:00,Drugs,Dealing seen,,,,\n";
        int before = count("incident");
        assertThat(mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(csv).with(user("hana.health").roles("ATTENDEE")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(csv).with(user("arthur.auditor").roles("AUDITOR")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(csv)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(count("incident")).isEqualTo(before);
    }

    private Incident incident(String reference) {
        return incidents.findByPoliceReference(reference).orElseThrow();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
