package org.convene.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.convene.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database as it stood before cases (V10), with strategy discussions at every stage, a review, children and their
 * records, migrates forward: each discussion that is not a review becomes a concern, a review joins its concern, the
 * children become that concern's subjects (named once), and each record and review decision keeps its meeting.
 */
class StrategyMigrationTest {

    @Test
    void strategyDiscussionsBecomeConcernsWithTheirChildrenAndRecords() {
        DataSource dataSource = TestDatabase.ownDataSource("migration");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        jdbc.update("insert into agency (name, kind, duty_email) values ('Police', 'POLICE', 'duty@police.example')");
        long agency = jdbc.queryForObject("select id from agency where name = 'Police'", Long.class);
        long first = meeting(jdbc, "CLOSED", "Seen at the station with older males", null);
        long review = meeting(jdbc, "CONVENED", "Review of strategy discussion " + first, first);
        long cancelled = meeting(jdbc, "CANCELLED", "Moved away", null);
        long waiting = meeting(jdbc, "CONCERN_RAISED", "Missing twice", null);
        jdbc.update("update meeting set review_by = date '2026-12-01', review_meeting_id = ? where id = ?", review, first);
        long alex = child(jdbc, first, "Alex Migrate");
        child(jdbc, first, "Sam Migrate");
        long alexAgain = child(jdbc, review, "Alex Migrate");
        child(jdbc, review, "Sam Migrate");
        child(jdbc, cancelled, "Cal Migrate");
        child(jdbc, waiting, "Wen Migrate");
        jdbc.update("insert into child_record (meeting_id, child_id, worries, decision, child_words) values (?, ?, 'Exploitation', 'SECTION_47_JOINT', 'Leave me be')",
                first, alex);
        jdbc.update("insert into child_record (meeting_id, child_id, worries) values (?, ?, 'Better now')", review, alexAgain);
        jdbc.update("insert into invitation (meeting_id, agency_id, email, required, status) values (?, ?, 'duty@police.example', true, 'ACCEPTED')",
                review, agency);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.queryForObject("select count(*) from strategy_case", Long.class)).isEqualTo(3);
        long concern = jdbc.queryForObject("select case_id from meeting where id = ?", Long.class, first);
        assertThat(jdbc.queryForObject("select case_id from meeting where id = ?", Long.class, review)).as("a review joins its concern").isEqualTo(concern);
        assertThat(jdbc.queryForMap("select status, concern, referrer_name, raised_by from strategy_case where id = ?", concern))
                .containsEntry("status", "OPEN").containsEntry("concern", "Seen at the station with older males")
                .containsEntry("referrer_name", "A teacher").containsEntry("raised_by", "cara.chair");
        assertThat(jdbc.queryForObject("select s.status from strategy_case s join meeting m on m.case_id = s.id where m.id = ?", String.class, cancelled))
                .isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("select s.name from subject s join subject_case c on c.subject_id = s.id where c.case_type = 'STRATEGY' "
                + "and c.case_id = ? order by c.position", String.class, concern)).as("named once, in order").containsExactly("Alex Migrate", "Sam Migrate");
        assertThat(jdbc.queryForList("select r.worries from strategy_child_record r join subject s on s.id = r.subject_id where s.name = 'Alex Migrate' "
                + "order by r.meeting_id", String.class)).containsExactly("Exploitation", "Better now");
        assertThat(jdbc.queryForObject("select decision from strategy_child_record where meeting_id = ?", String.class, first)).isEqualTo("SECTION_47_JOINT");
        assertThat(jdbc.queryForMap("select review_by, review_meeting_id from strategy_review where meeting_id = ?", first))
                .containsEntry("review_meeting_id", review);
        assertThat(jdbc.queryForMap("select status, requested_by, case_type from meeting where id = ?", waiting))
                .containsEntry("status", "REQUESTED").containsEntry("requested_by", "cara.chair").containsEntry("case_type", "STRATEGY");
        assertThat(jdbc.queryForObject("select contact from invitation where meeting_id = ?", String.class, review)).isEqualTo("EMAIL");
    }

    private static long meeting(JdbcTemplate jdbc, String status, String concern, Long reviewOf) {
        jdbc.update("insert into meeting (type, status, concern, referrer_name, raised_by, raised_at, convene_by, review_of_meeting_id, closed_at) "
                        + "values ('STRATEGY_DISCUSSION', ?, ?, 'A teacher', 'cara.chair', current_timestamp, current_timestamp, ?, "
                        + "case when ? in ('CLOSED', 'CANCELLED') then current_timestamp end)",
                status, concern, reviewOf, status);
        return jdbc.queryForObject("select max(id) from meeting", Long.class);
    }

    private static long child(JdbcTemplate jdbc, long meeting, String name) {
        jdbc.update("insert into meeting_child (meeting_id, name) values (?, ?)", meeting, name);
        return jdbc.queryForObject("select max(id) from meeting_child", Long.class);
    }
}
