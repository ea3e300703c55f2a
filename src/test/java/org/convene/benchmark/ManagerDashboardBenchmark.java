package org.convene.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.convene.support.ConveneTest;
import org.convene.support.TestDatabase;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manager's dashboard (list, figures and chart in one page) over 1,000,000 actions and 50,000 meetings in
 * PostgreSQL, spread over the six agencies and five years, 2% of the actions open, a third of them set at a meeting. Response time through the whole web stack, warm, at p50/p95.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=ManagerDashboardBenchmark}.
 */
@ConveneTest
// As in the embedded default, nothing is sent by SMTP while measuring: mails stay in the outbox.
@TestPropertySource(properties = "convene.mail.dispatch-interval=PT1H")
class ManagerDashboardBenchmark {

    private static final int ACTIONS = Integer.getInteger("benchmark.actions", 1_000_000);
    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 50_000);
    private static final int REQUESTS = 200;

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired TimeMachine time;

    @Test
    void dashboardResponseTime() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL");
        long loadStarted = System.nanoTime();
        jdbc.update("""
                insert into meeting (type, status, requested_by, requested_at, chair_id, convene_by, convened_at,
                                     starts_at, ends_at, location, held_at, minutes_due_by, minutes_circulated_at, closed_at)
                select 'STRATEGY_DISCUSSION', 'CLOSED', 'cara.chair',
                       now() - ((n % 1825) || ' days')::interval, (select id from person where username = 'cara.chair'),
                       now() - ((n % 1825) || ' days')::interval + interval '1 day',
                       now() - ((n % 1825) || ' days')::interval + ((n % 40) || ' hours')::interval,
                       now() - ((n % 1825) || ' days')::interval + interval '2 days',
                       now() - ((n % 1825) || ' days')::interval + interval '2 days 1 hour', 'Room 1',
                       now() - ((n % 1825) || ' days')::interval + interval '2 days 1 hour',
                       now() - ((n % 1825) || ' days')::interval + interval '3 days 1 hour',
                       now() - ((n % 1825) || ' days')::interval + ((50 + n % 30) || ' hours')::interval,
                       now() - ((n % 1825) || ' days')::interval + interval '4 days'
                from generate_series(1, ?) as n""", MEETINGS);
        jdbc.update("""
                insert into action (title, owner_person_id, owner_agency_id, due_date, status, outcome, raised_by, raised_at,
                                    closed_at, completed_on_time, escalation_level, meeting_type)
                select 'Benchmark action ' || n,
                       case when n % 3 = 0 then null else (select id from person order by id offset (n % 18) limit 1) end,
                       case when n % 3 = 0 then (select id from agency order by id offset (n % 6) limit 1) else null end,
                       ?::date - (n % 1825),
                       case when n % 50 = 0 then 'OPEN' else 'COMPLETED' end,
                       case when n % 50 = 0 then null else 'DONE' end,
                       'cara.chair', now(),
                       case when n % 50 = 0 then null else now() - ((n % 1825) || ' days')::interval end,
                       case when n % 50 = 0 then null else n % 7 <> 0 end,
                       case when n % 50 = 0 and n % 4 = 0 then 1 else 0 end,
                       case when n % 3 = 0 then 'STRATEGY_DISCUSSION' else null end
                from generate_series(1, ?) as n""", Date.valueOf(time.today()), ACTIONS);
        // What autovacuum does to a table that has grown over years; a bulk load has not had it yet.
        jdbc.execute("vacuum analyze action");
        jdbc.execute("vacuum analyze meeting");
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        for (int i = 0; i < 20; i++) {
            request("mo.manager");
        }
        List<Double> managerTimes = new ArrayList<>();
        List<Double> adminTimes = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            managerTimes.add(request("mo.manager"));
            adminTimes.add(request("ada.admin"));
        }
        Percentiles manager = new Percentiles(managerTimes);
        Percentiles admin = new Percentiles(adminTimes);
        Percentiles.report("manager-dashboard", String.format(
                "%d actions and %d meetings (loaded in %.0f s); GET /manager/actions, %d requests each: one agency's manager p50 %.0f ms, p95 %.0f ms; admin (all agencies) p50 %.0f ms, p95 %.0f ms",
                ACTIONS, MEETINGS, loadSeconds, REQUESTS, manager.at(50), manager.at(95), admin.at(50), admin.at(95)));
    }

    private double request(String username) throws Exception {
        long started = System.nanoTime();
        mvc.perform(get("/manager/actions").with(user(username).roles("MANAGER", "ADMIN".equals(username) ? "ADMIN" : "MANAGER")))
                .andExpect(status().isOk());
        return (System.nanoTime() - started) / 1e6;
    }
}
