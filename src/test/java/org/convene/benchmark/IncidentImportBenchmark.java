package org.convene.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.convene.support.ConveneTest;
import org.convene.support.TestDatabase;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The incident log's CSV upload through the API, on PostgreSQL: a police export of 100,000 rows, each naming a child
 * (from 20,000 children, so most are matched to one already recorded) and a peer group (from 2,000), loaded all at once;
 * then the same file again with one bad row at its end, which must load nothing. Rows per second for both.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=IncidentImportBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
class IncidentImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.incidents", 100_000);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeMachine time;

    @Test
    void aPoliceExportOfAHundredThousandRows() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "measured on PostgreSQL");
        String run = Long.toString(System.nanoTime(), 36);
        String csv = export(run, ROWS, false);
        int before = jdbc.queryForObject("select count(*) from incident", Integer.class);

        long started = System.nanoTime();
        MockHttpServletResponse loaded = upload(csv);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(loaded.getStatus()).as(loaded.getContentAsString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from incident", Integer.class)).isEqualTo(before + ROWS);
        Percentiles.report("incident-import", String.format("%,d rows (%.1f MB) loaded in %.1f s: %,.0f rows/s; %,d subjects recorded",
                ROWS, csv.length() / 1e6, seconds, ROWS / seconds,
                jdbc.queryForObject("select count(*) from subject where created_by = 'pat.police'", Integer.class)));

        String rejectedRun = Long.toString(System.nanoTime(), 36);
        String bad = export(rejectedRun, ROWS, true);
        started = System.nanoTime();
        MockHttpServletResponse rejected = upload(bad);
        seconds = (System.nanoTime() - started) / 1e9;
        assertThat(rejected.getStatus()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from incident", Integer.class)).isEqualTo(before + ROWS);
        Percentiles.report("incident-import", String.format("the same size with one bad row at the end: refused, nothing loaded, in %.1f s (%,.0f rows/s checked)",
                seconds, ROWS / seconds));
    }

    private MockHttpServletResponse upload(String csv) throws Exception {
        return mvc.perform(post("/api/incidents/csv").contentType("text/csv").content(csv).with(user("pat.police").roles("ATTENDEE")))
                .andReturn().getResponse();
    }

    private String export(String run, int rows, boolean lastRowBad) {
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate today = time.today();
        StringBuilder csv = new StringBuilder("Reference,Date,Time,Kind,Circumstances,Location,Children,Peer groups\n");
        String[] kinds = {"Weapons", "Exploitation", "Missing", "Violence", "Drugs", "Online harm", "Other"};
        for (int i = 0; i < rows; i++) {
            LocalDate day = today.minusDays(1 + i % 30);
            String date = lastRowBad && i == rows - 1 ? "31/02/2026" : day.format(uk);
            LocalDate born = LocalDate.of(2008, 1, 1).plusDays(i % 20_000 % 3_000);
            csv.append("BENCH-").append(run).append('-').append(i).append(',').append(date).append(',')
                    .append(String.format("%02d:%02d", i % 24, i % 60)).append(',').append(kinds[i % kinds.length])
                    .append(",\"Seen with others near the station, shouting; one had a bladed article\",Station Road,")
                    .append("Bench Child ").append(i % 20_000).append(' ').append(born.format(uk)).append(',')
                    .append("Bench Group ").append(i % 2_000).append('\n');
        }
        return csv.toString();
    }
}
