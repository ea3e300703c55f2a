package org.convene.action;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.convene.calendar.Deadlines;
import org.convene.directory.Person;
import org.convene.access.AccessPolicy;
import org.convene.access.OversightScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists and figures people read: their own actions, and a manager's overdue and escalated ones. */
@Service
@Transactional(readOnly = true)
public class ActionQueries {

    public static final int LIST_LIMIT = 500;

    private static final String COLUMNS = """
            select a.id, a.title, a.due_date, a.status, a.escalation_level, a.raised_by,
                   coalesce(p.display_name, ag.name) as owner_name, oag.id as owner_agency_id, oag.name as owner_agency_name,
                   t.name as team_name,
                   (select min(e.id) from action_escalation e where e.action_id = a.id and e.acknowledged_at is null) as open_escalation_id
            """;
    private static final String JOINS = """
            left join person p on p.id = a.owner_person_id
            left join agency ag on ag.id = a.owner_agency_id
            join agency oag on oag.id = coalesce(p.agency_id, a.owner_agency_id)
            left join team t on t.id = p.team_id
            """;
    private static final String ROW = COLUMNS + "from action a\n" + JOINS;

    /**
     * What the dashboard counts and chooses from: the filters need only the owner's agency and team, and PostgreSQL
     * leaves out the join to person when no filter uses it, so these read the covering indexes of V18 alone.
     */
    private static final String COUNTED = " from action a left join person p on p.id = a.owner_person_id";

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;
    private final Deadlines deadlines;
    private final Clock clock;

    ActionQueries(JdbcTemplate jdbc, AccessPolicy policy, Deadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Open actions the person owns, or their agency owns, soonest due first. */
    public List<ActionRow> ownedBy(Person person) {
        return rows(ROW + " where a.status = 'OPEN' and (a.owner_person_id = ? or a.owner_agency_id = ?) order by a.due_date, a.id",
                person.id(), person.agencyId());
    }

    /** Open actions the person set as chair. */
    public List<ActionRow> setBy(Person person) {
        return rows(ROW + " where a.status = 'OPEN' and a.raised_by = ? order by a.due_date, a.id", person.username());
    }

    /**
     * Open actions that are overdue or on the escalation ladder among those the manager oversees (all for an admin),
     * narrowed by the filter, longest overdue first.
     */
    public List<ActionRow> overdueAndEscalated(Person manager, DashboardFilter filter) {
        List<Object> arguments = new ArrayList<>();
        String where = scope(manager, filter, arguments);
        arguments.add(LIST_LIMIT);
        // The rows are chosen from the covering index alone, and only the 500 shown are read in full.
        return rows(COLUMNS + "from (select a.id" + COUNTED + where + " order by a.due_date, a.id limit ?) chosen\n"
                + "join action a on a.id = chosen.id\n" + JOINS + "order by a.due_date, a.id", arguments.toArray());
    }

    public Timeliness timeliness(Person manager, DashboardFilter filter) {
        LocalDate today = today();
        List<Object> arguments = new ArrayList<>();
        String where = scope(manager, filter, arguments);
        record Overdue(long count, LocalDate medianDue) {
        }
        Overdue overdue = jdbc.queryForObject("select count(*) as overdue, percentile_disc(0.5) within group (order by a.due_date) as median_due "
                + COUNTED + where + " and a.due_date < ?", (rs, n) -> new Overdue(rs.getLong("overdue"), rs.getObject("median_due", LocalDate.class)),
                append(arguments, today));
        List<Object> completedArguments = new ArrayList<>();
        String completedWhere = completedScope(manager, filter, completedArguments);
        record Completed(long count, long onTime) {
        }
        Completed completed = jdbc.queryForObject("select count(*) as completed, sum(case when a.completed_on_time then 1 else 0 end) as on_time "
                        + COUNTED + completedWhere, (rs, n) -> new Completed(rs.getLong("completed"), rs.getLong("on_time")),
                append(completedArguments, Timestamp.from(deadlines.startOf(today.minusDays(Timeliness.PERIOD_DAYS)))));
        return new Timeliness(completed.count(), completed.onTime(), overdue.count(),
                overdue.medianDue() == null ? null : ChronoUnit.DAYS.between(overdue.medianDue(), today));
    }

    /** Overdue open actions per agency, for the chart. */
    public List<AgencyCount> overdueByAgency(Person manager) {
        List<Object> arguments = new ArrayList<>();
        String where = scope(manager, DashboardFilter.NONE, arguments);
        return jdbc.query("select oag.name as agency, count(*) as overdue " + COUNTED
                        + " join agency oag on oag.id = coalesce(p.agency_id, a.owner_agency_id)" + where
                        + " and a.due_date < ? group by oag.name order by oag.name",
                (rs, i) -> new AgencyCount(rs.getString("agency"), rs.getLong("overdue")), append(arguments, today()));
    }

    private String scope(Person manager, DashboardFilter filter, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" where a.status = 'OPEN' and (a.due_date < ? or a.escalation_level > 0)");
        arguments.add(today());
        narrow(manager, filter, arguments, where);
        return where.toString();
    }

    private String completedScope(Person manager, DashboardFilter filter, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" where a.status = 'COMPLETED'");
        narrow(manager, filter, arguments, where);
        return where.append(" and a.closed_at >= ?").toString();
    }

    private void narrow(Person manager, DashboardFilter filter, List<Object> arguments, StringBuilder where) {
        OversightScope scope = policy.oversight(manager);
        if (!scope.everything()) {
            where.append(" and (exists (select 1 from action_escalation e where e.action_id = a.id and e.escalated_to_id = ?)");
            arguments.add(scope.escalatedTo());
            inList(where, " or a.owner_person_id", scope.people(), arguments);
            inList(where, " or a.owner_agency_id", scope.agencies(), arguments);
            where.append(")");
        }
        if (filter.agencyId() != null) {
            where.append(" and coalesce(p.agency_id, a.owner_agency_id) = ?");
            arguments.add(filter.agencyId());
        }
        if (filter.teamId() != null) {
            where.append(" and p.team_id = ?");
            arguments.add(filter.teamId());
        }
        if (filter.ownerPersonId() != null) {
            where.append(" and a.owner_person_id = ?");
            arguments.add(filter.ownerPersonId());
        }
        if (filter.overdueDaysAtLeast() != null) {
            where.append(" and a.due_date <= ?");
            arguments.add(today().minusDays(filter.overdueDaysAtLeast()));
        }
        if (filter.escalatedOnly()) {
            where.append(" and a.escalation_level > 0");
        }
        if (DashboardFilter.NO_MEETING.equals(filter.meetingType())) {
            where.append(" and a.meeting_type is null");
        } else if (filter.meetingType() != null) {
            where.append(" and a.meeting_type = ?");
            arguments.add(filter.meetingType());
        }
    }

    private static void inList(StringBuilder where, String column, Set<Long> ids, List<Object> arguments) {
        if (!ids.isEmpty()) {
            where.append(column).append(" in (").append(String.join(", ", Collections.nCopies(ids.size(), "?"))).append(")");
            arguments.addAll(ids);
        }
    }

    private List<ActionRow> rows(String sql, Object... arguments) {
        LocalDate today = today();
        return jdbc.query(sql, (rs, i) -> new ActionRow(rs.getLong("id"), rs.getString("title"),
                rs.getObject("due_date", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
                rs.getInt("escalation_level"), rs.getString("raised_by"), rs.getString("owner_name"),
                rs.getLong("owner_agency_id"), rs.getString("owner_agency_name"), rs.getString("team_name"),
                rs.getObject("open_escalation_id", Long.class), today), arguments);
    }

    private LocalDate today() {
        return deadlines.today(clock);
    }

    private static Object[] append(List<Object> arguments, Object last) {
        List<Object> all = new ArrayList<>(arguments);
        all.add(last);
        return all.toArray();
    }
}
