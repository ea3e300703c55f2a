package org.convene.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convene.directory.Directory;
import org.convene.locality.LocalityService;
import org.convene.locality.NewSeries;
import org.convene.locality.Occurrence;
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
 * A locality meeting's agenda assembling itself on PostgreSQL, through the web stack, as its chair reads it: 300
 * subjects under review (referred to the previous date), 2,000 open actions about them set at that date, and 500
 * incidents since then (half sent to the locality by the daily briefing, half involving a subject under review). The
 * date's page and the API's agenda, warm, 50 times each: p50 and p95.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=LocalityAgendaBenchmark}.
 */
@ConveneTest
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
class LocalityAgendaBenchmark {

    private static final int SUBJECTS = Integer.getInteger("benchmark.subjects", 300);
    private static final int ACTIONS = Integer.getInteger("benchmark.actions", 2_000);
    private static final int INCIDENTS = Integer.getInteger("benchmark.incidents", 500);
    private static final int REQUESTS = 50;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired LocalityService localities;
    @Autowired Directory directory;
    @Autowired TimeMachine time;

    @Test
    void theAgendaOfABusyLocality() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "measured on PostgreSQL");
        long locality = jdbc.queryForObject("insert into locality (name) values (?) returning id", Long.class, "Benchmark locality " + System.nanoTime());
        LocalDate first = time.today().plusDays(7).with(TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
        long sam = directory.personByUsername("sam.social").orElseThrow().id();
        long seriesId = localities.create("ada.admin", new NewSeries(locality, directory.personByUsername("mo.manager").orElseThrow().id(), first,
                LocalTime.of(10, 0), 90, "Room 1", Set.of(sam))).getId();
        List<Occurrence> dates = localities.read("mo.manager", seriesId).dates();
        LocalDate second = dates.get(1).originalDate();
        Timestamp since = Timestamp.from(dates.get(0).startsAt());

        jdbc.update("insert into subject (kind, name, created_by, created_at) select case when n % 3 = 0 then 'PEER_GROUP' else 'CHILD' end, "
                + "'Agenda subject ' || ? || '-' || n, 'benchmark', now() from generate_series(1, ?) as n", seriesId, SUBJECTS);
        List<Long> subjects = jdbc.queryForList("select id from subject where name like ? order by id", Long.class, "Agenda subject " + seriesId + "-%");
        long firstSubject = subjects.getFirst();
        jdbc.update("insert into subject_case (subject_id, case_type, case_id, position, added_by, added_at) "
                + "select id, 'LOCALITY', ?, 0, 'benchmark', now() from subject where name like ?", seriesId, "Agenda subject " + seriesId + "-%");
        jdbc.update("insert into locality_referral (series_id, meeting_date, subject_id, reason, urgent, referred_by, referred_at) "
                + "select ?, ?, id, 'Benchmark referral', false, 'sam.social', now() from subject where name like ?", seriesId, Date.valueOf(first),
                "Agenda subject " + seriesId + "-%");
        jdbc.update("""
                insert into action (title, owner_person_id, due_date, status, raised_by, raised_at, escalation_level)
                select 'Agenda action ' || ? || '-' || n, ?, ?::date + (n % 20), 'OPEN', 'mo.manager', now(), 0 from generate_series(1, ?) as n""",
                seriesId, sam, Date.valueOf(time.today()), ACTIONS);
        jdbc.update("""
                insert into locality_subject_action (series_id, meeting_date, subject_id, action_id)
                select ?, ?, ? + (row_number() over (order by id) % ?), id from action where title like ?""",
                seriesId, Date.valueOf(first), firstSubject, SUBJECTS, "Agenda action " + seriesId + "-%");
        long police = directory.agencies().stream().filter(a -> a.kind() == org.convene.directory.AgencyKind.POLICE).findFirst().orElseThrow().id();
        jdbc.update("""
                insert into incident (police_reference, occurred_at, kind, circumstances, location, reporting_agency_id, source, logged_by, logged_at,
                                      triage_due_by, decision, locality_id)
                select 'AGENDA-' || ? || '-' || n, ?::timestamptz + (n || ' minutes')::interval, 'VIOLENCE', 'Benchmark incident', 'Station Road',
                       ?, 'CSV', 'pat.police', ?::timestamptz + (n || ' minutes')::interval, ?::timestamptz + interval '3 days',
                       case when n % 2 = 0 then 'LOCALITY_MEETING' else null end, case when n % 2 = 0 then ? else null end
                from generate_series(1, ?) as n""", seriesId, since, police, since, since, locality, INCIDENTS);
        jdbc.update("""
                insert into subject_case (subject_id, case_type, case_id, position, added_by, added_at)
                select ? + (i.id % ?), 'INCIDENT', i.id, 0, 'benchmark', now() from incident i where i.police_reference like ? and i.locality_id is null""",
                firstSubject, SUBJECTS, "AGENDA-" + seriesId + "-%");
        for (String table : List.of("subject", "subject_case", "locality_referral", "action", "locality_subject_action", "incident")) {
            jdbc.execute("vacuum analyze " + table);
        }

        String page = "/localities/" + seriesId + "/dates/" + second;
        String api = "/api/localities/" + seriesId + "/dates/" + second + "/agenda";
        MockHttpServletResponse check = request(api);
        assertThat(check.getStatus()).isEqualTo(200);
        assertThat(check.getContentAsString()).contains("Agenda subject", "AGENDA-" + seriesId + "-500", "Agenda action " + seriesId + "-2000");
        for (int i = 0; i < 20; i++) {
            request(page);
            request(api);
        }
        List<Double> pageTimes = new ArrayList<>();
        List<Double> apiTimes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            pageTimes.add(timed(page));
            apiTimes.add(timed(api));
        }
        Percentiles pages = new Percentiles(pageTimes);
        Percentiles apis = new Percentiles(apiTimes);
        Percentiles.report("locality-agenda", String.format("%d subjects under review, %d open actions about them, %d incidents since the last meeting: "
                + "the date's page p50 %.0f ms, p95 %.0f ms; the API's agenda p50 %.0f ms, p95 %.0f ms",
                SUBJECTS, ACTIONS, INCIDENTS, pages.at(50), pages.at(95), apis.at(50), apis.at(95)));
    }

    private double timed(String path) throws Exception {
        long started = System.nanoTime();
        assertThat(request(path).getStatus()).isEqualTo(200);
        return (System.nanoTime() - started) / 1e6;
    }

    private MockHttpServletResponse request(String path) throws Exception {
        return mvc.perform(get(path).with(user("mo.manager").roles("MANAGER", "CHAIR"))).andReturn().getResponse();
    }
}
