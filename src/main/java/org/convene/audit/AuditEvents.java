package org.convene.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: its events, newest first, narrowed by entity, person and dates, a page at a time. */
@Service
@Transactional(readOnly = true)
public class AuditEvents {

    public static final int PAGE_SIZE = 100;

    private final JdbcTemplate jdbc;

    AuditEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Event(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId) {
    }

    /** What to narrow to; every part optional. Dates are days in {@code zone}, both included. */
    public record Filter(String entityType, String entityId, String actor, LocalDate from, LocalDate to, ZoneId zone) {
    }

    public record Page(List<Event> events, int number, boolean hasMore) {
    }

    public Page search(Filter filter, int page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (filter.entityType() != null) {
            where.append(" and entity_type = ?");
            arguments.add(filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and entity_id = ?");
            arguments.add(filter.entityId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            arguments.add(filter.actor());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            arguments.add(Timestamp.from(filter.from().atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            arguments.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
        }
        arguments.add(PAGE_SIZE + 1);
        arguments.add((long) page * PAGE_SIZE);
        List<Event> events = jdbc.query("select seq, occurred_at, actor, action, entity_type, entity_id from audit_event" + where
                        + " order by seq desc limit ? offset ?",
                (rs, i) -> new Event(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id")), arguments.toArray());
        boolean hasMore = events.size() > PAGE_SIZE;
        return new Page(hasMore ? events.subList(0, PAGE_SIZE) : events, page, hasMore);
    }

    /** The kinds of entity the trail holds, for the filter's list. */
    public List<String> entityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_event order by entity_type", String.class);
    }
}
