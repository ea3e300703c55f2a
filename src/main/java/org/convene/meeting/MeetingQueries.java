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
    private final Clock clock;

    MeetingQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public MeetingTimeliness timeliness(int periodDays) {
        Map<String, Object> row = jdbc.queryForMap("""
                select count(convened_at) as convened,
                       sum(case when convened_at <= convene_by then 1 else 0 end) as convened_in_time,
                       count(minutes_circulated_at) as circulated,
                       sum(case when minutes_circulated_at <= minutes_due_by then 1 else 0 end) as circulated_in_time
                from meeting where requested_at >= ?""", Timestamp.from(clock.instant().minus(Duration.ofDays(periodDays))));
        return new MeetingTimeliness(number(row, "convened"), number(row, "convened_in_time"), number(row, "circulated"),
                number(row, "circulated_in_time"));
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
