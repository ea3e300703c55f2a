package org.convene.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures about meetings, for managers. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    private final JdbcTemplate jdbc;
    private final MeetingKinds kinds;
    private final Clock clock;

    MeetingQueries(JdbcTemplate jdbc, MeetingKinds kinds, Clock clock) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.clock = clock;
    }

    /**
     * Convening and minutes against their timescales, for the meetings asked for in the period, and the meetings not
     * recorded now. Meetings a case holds itself are convened by it at a set time, so they are left out of the convening
     * figures.
     */
    public MeetingTimeliness timeliness(int periodDays) {
        record Figures(String type, long convened, long convenedInTime, long circulated, long circulatedInTime) {
        }
        List<Figures> byType = jdbc.query("""
                select type,
                       count(convened_at) as convened,
                       sum(case when convened_at <= convene_by then 1 else 0 end) as convened_in_time,
                       count(minutes_circulated_at) as circulated,
                       sum(case when minutes_circulated_at <= minutes_due_by then 1 else 0 end) as circulated_in_time
                from meeting where requested_at >= ? group by type""",
                (rs, n) -> new Figures(rs.getString("type"), rs.getLong("convened"), rs.getLong("convened_in_time"), rs.getLong("circulated"),
                        rs.getLong("circulated_in_time")),
                Timestamp.from(clock.instant().minus(Duration.ofDays(periodDays))));
        long convened = 0;
        long convenedInTime = 0;
        long circulated = 0;
        long circulatedInTime = 0;
        for (Figures figures : byType) {
            if (!kinds.of(figures.type()).heldByItsCase()) {
                convened += figures.convened();
                convenedInTime += figures.convenedInTime();
            }
            circulated += figures.circulated();
            circulatedInTime += figures.circulatedInTime();
        }
        long notRecorded = jdbc.queryForObject("select count(*) from meeting where status = 'CONVENED' and ends_at < ?", Long.class,
                Timestamp.from(clock.instant()));
        return new MeetingTimeliness(convened, convenedInTime, circulated, circulatedInTime, notRecorded);
    }
}
