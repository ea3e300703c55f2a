package org.convene.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.support.ConveneTest;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manager's queries, on the run's database (PostgreSQL wherever one can be had). The Youth Service's actions
 * are this test's own: no other test gives it any.
 */
@ConveneTest
class ManagerDashboardTest {

    @Autowired ActionService actions;
    @Autowired ActionQueries queries;
    @Autowired ManagerDigest digest;
    @Autowired Directory directory;
    @Autowired TimeMachine time;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private Person yusuf;
    private Person yvonne;
    private long tenDaysOverdue;
    private long fourDaysOverdueAndEscalated;
    private long twoDaysOverdue;

    @BeforeEach
    void youthServiceActions() {
        yusuf = directory.personByUsername("yusuf.youth").orElseThrow();
        yvonne = directory.personByUsername("yvonne.youth").orElseThrow();
        jdbc.update("delete from action_escalation where action_id in (select id from action where owner_agency_id = ? or owner_person_id = ?)", yusuf.agencyId(), yusuf.id());
        // Yvonne oversees her agency's actions, her officers' and any escalated to her: other tests' are cleared away.
        jdbc.queryForList("""
                        select id from action a where status = 'OPEN' and (owner_agency_id = ? or owner_person_id in (?, ?)
                        or exists (select 1 from action_escalation e where e.action_id = a.id and e.escalated_to_id = ?))""", Long.class,
                        yusuf.agencyId(), yusuf.id(), yvonne.id(), yvonne.id())
                .forEach(id -> actions.cancel(jdbc.queryForObject("select raised_by from action where id = ?", String.class, id), id,
                        "Clearing the previous test's actions"));
        jdbc.update("update action set status = 'CANCELLED', version = version + 1 where status = 'COMPLETED' and (owner_agency_id = ? or owner_person_id = ?)",
                yusuf.agencyId(), yusuf.id());
        LocalDate today = time.today();
        tenDaysOverdue = overdue(yusuf.id(), null, today.minusDays(10));
        fourDaysOverdueAndEscalated = overdue(null, yusuf.agencyId(), today.minusDays(4));
        jdbc.update("update action set escalation_level = 1, version = version + 1 where id = ?", fourDaysOverdueAndEscalated);
        jdbc.update("insert into action_escalation (action_id, due_date, rung, escalated_to_id, escalated_at) values (?, ?, 1, ?, ?)",
                fourDaysOverdueAndEscalated, today.minusDays(4), yvonne.id(), Timestamp.from(time.now()));
        twoDaysOverdue = overdue(yusuf.id(), null, today.minusDays(2));
        actions.raise("cara.chair", "Not yet due", yusuf.id(), null, today.plusDays(3));
        long onTime = actions.raise("cara.chair", "Done on time", yusuf.id(), null, today.plusDays(1)).getId();
        actions.complete("yusuf.youth", onTime, ActionOutcome.DONE, null);
        long late = overdue(yusuf.id(), null, today.minusDays(1));
        actions.complete("yusuf.youth", late, ActionOutcome.DONE, null);
    }

    @Test
    void aManagerSeesTheirAgencysOverdueAndEscalatedActionsLongestOverdueFirst() {
        assertThat(ids(queries.overdueAndEscalated(yvonne, DashboardFilter.NONE)))
                .containsExactly(tenDaysOverdue, fourDaysOverdueAndEscalated, twoDaysOverdue);
        assertThat(queries.overdueAndEscalated(yvonne, DashboardFilter.NONE).getFirst().daysOverdue()).isEqualTo(10);
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(ids(queries.overdueAndEscalated(yvonne, new DashboardFilter(null, null, null, 5, false, null)))).containsExactly(tenDaysOverdue);
        assertThat(ids(queries.overdueAndEscalated(yvonne, new DashboardFilter(null, null, null, null, true, null)))).containsExactly(fourDaysOverdueAndEscalated);
        assertThat(ids(queries.overdueAndEscalated(yvonne, new DashboardFilter(null, null, yusuf.id(), null, false, null)))).containsExactly(tenDaysOverdue, twoDaysOverdue);
        jdbc.update("update action set meeting_type = 'STRATEGY_DISCUSSION', version = version + 1 where id = ?", twoDaysOverdue);
        assertThat(ids(queries.overdueAndEscalated(yvonne, new DashboardFilter(null, null, null, null, false, "STRATEGY_DISCUSSION")))).containsExactly(twoDaysOverdue);
        assertThat(ids(queries.overdueAndEscalated(yvonne, new DashboardFilter(null, null, null, null, false, DashboardFilter.NO_MEETING))))
                .containsExactly(tenDaysOverdue, fourDaysOverdueAndEscalated);
    }

    @Test
    void anotherAgencysManagerDoesNotSeeThemButAnAdminDoes() {
        Person dan = directory.personByUsername("dan.sergeant").orElseThrow();
        Person admin = directory.personByUsername("ada.admin").orElseThrow();
        assertThat(ids(queries.overdueAndEscalated(dan, DashboardFilter.NONE))).doesNotContain(tenDaysOverdue, twoDaysOverdue);
        assertThat(ids(queries.overdueAndEscalated(admin, new DashboardFilter(yusuf.agencyId(), null, null, null, false, null))))
                .containsExactly(tenDaysOverdue, fourDaysOverdueAndEscalated, twoDaysOverdue);
    }

    @Test
    void timelinessFigures() {
        Timeliness figures = queries.timeliness(yvonne, DashboardFilter.NONE);
        assertThat(figures.completed()).isEqualTo(2);
        assertThat(figures.completedOnTime()).isEqualTo(1);
        assertThat(figures.onTimePercent()).isEqualTo(50);
        assertThat(figures.overdue()).isEqualTo(3);
        assertThat(figures.medianDaysOverdue()).isEqualTo(4);
        assertThat(queries.overdueByAgency(yvonne)).containsExactly(new AgencyCount("Youth Service", 3));
    }

    @Test
    void thePageShowsTheFiguresChartAndTheCsvMatchesTheList() throws Exception {
        mvc.perform(get("/manager/actions").with(user("yvonne.youth").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title id=\"chart-title\">Overdue actions by agency: Youth Service 3</title>")))
                .andExpect(content().string(containsString("id=\"figure-on-time\">50%")));
        String csv = mvc.perform(get("/manager/actions.csv").param("overdueDays", "5").with(user("yvonne.youth").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(tenDaysOverdue + ",").contains(",10,0,");
        mvc.perform(get("/manager/actions").with(user("yusuf.youth").roles("ATTENDEE"))).andExpect(status().isForbidden());
    }

    @Test
    void eachManagerWithSomethingToSeeGetsOneDigestADay() {
        while (!time.isWorkingDay()) {
            time.advance(Duration.ofDays(1));
        }
        digest.send();
        digest.send();
        assertThat(digestsTo(yvonne)).hasSize(1);
        assertThat(digestsTo(yvonne).getFirst()).contains("Overdue actions you oversee: 3").contains("Escalations waiting for you to acknowledge: 1");
        for (Person manager : directory.peopleWithRole(org.convene.directory.Role.MANAGER)) {
            boolean somethingToSee = queries.timeliness(manager, DashboardFilter.NONE).overdue() > 0 || jdbc.queryForObject("""
                    select count(*) from action_escalation e join action a on a.id = e.action_id
                    where e.escalated_to_id = ? and e.acknowledged_at is null and a.status = 'OPEN'""", Long.class, manager.id()) > 0;
            assertThat(digestsTo(manager)).as(manager.username()).hasSize(somethingToSee ? 1 : 0);
        }
    }

    private List<String> digestsTo(Person manager) {
        return jdbc.queryForList("select body_text from outbox_mail where recipient = ? and subject = 'Your daily summary of overdue actions' and created_at >= ?",
                String.class, manager.email(), Timestamp.from(time.now().minusSeconds(60)));
    }

    /**
     * Raised far ahead, so that no timer of its process fires during the test, then moved into the past. The version
     * is bumped so that a step saving a copy it loaded earlier fails instead of writing the old due date back.
     */
    private long overdue(Long personId, Long agencyId, LocalDate dueDate) {
        long id = actions.raise("cara.chair", "Youth work follow-up", personId, agencyId, time.today().plusDays(60)).getId();
        jdbc.update("update action set due_date = ?, version = version + 1 where id = ?", dueDate, id);
        return id;
    }

    private static List<Long> ids(List<ActionRow> rows) {
        return rows.stream().map(ActionRow::id).toList();
    }
}
