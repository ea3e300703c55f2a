package org.convene.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
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
        long convened = 0;
        long convenedInTime = 0;
        long circulated = 0;
        long circulatedInTime = 0;
        for (Map<String, Object> row : jdbc.queryForList("""
                select type,
                       count(convened_at) as convened,
                       sum(case when convened_at <= convene_by then 1 else 0 end) as convened_in_time,
                       count(minutes_circulated_at) as circulated,
                       sum(case when minutes_circulated_at <= minutes_due_by then 1 else 0 end) as circulated_in_time
                from meeting where requested_at >= ? group by type""", Timestamp.from(clock.instant().minus(Duration.ofDays(periodDays))))) {
            if (!kinds.of((String) row.get("type")).heldByItsCase()) {
                convened += number(row, "convened");
                convenedInTime += number(row, "convened_in_time");
            }
            circulated += number(row, "circulated");
            circulatedInTime += number(row, "circulated_in_time");
        }
        long notRecorded = jdbc.queryForObject("select count(*) from meeting where status = 'CONVENED' and ends_at < ?", Long.class,
                Timestamp.from(clock.instant()));
        return new MeetingTimeliness(convened, convenedInTime, circulated, circulatedInTime, notRecorded);
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
