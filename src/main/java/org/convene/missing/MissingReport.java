package org.convene.missing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.convene.calendar.CouncilTime;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures managers are asked for (reference §9: nationally about 63% of return home interviews happen within 72
 * hours): for the returns of the last twelve months, interviews offered and completed within the timescale, counted
 * apart, by month and by the service they were assigned to; how long children were missing; and the children who went
 * missing most often, named only to those who may see one of their episodes.
 */
@Component
class MissingReport {

    private final JdbcTemplate jdbc;
    private final MissingService missing;
    private final Directory directory;
    private final CouncilTime dates;
    private final Clock clock;

    MissingReport(JdbcTemplate jdbc, MissingService missing, Directory directory, CouncilTime dates, Clock clock) {
        this.jdbc = jdbc;
        this.missing = missing;
        this.directory = directory;
        this.dates = dates;
        this.clock = clock;
    }

    /** The interviews of one month or one service. */
    public record Line(String label, int returns, int offeredInTime, int completedInTime, int declined, int notOffered, int open) {

        public Integer offeredPercent() {
            return returns == 0 ? null : Math.round(100f * offeredInTime / returns);
        }

        public Integer completedPercent() {
            return returns == 0 ? null : Math.round(100f * completedInTime / returns);
        }
    }

    public record ChildLine(long subjectId, String name, int episodes, long episodeId) {
    }

    public record Figures(List<Line> byMonth, List<Line> byService, Line total, int returned, Long medianHoursMissing, Long longestHoursMissing,
                   List<ChildLine> mostEpisodes) {
    }

    private record Row(long episodeId, long subjectId, Instant reportedAt, Instant returnedAt, InterviewStatus status, Instant dueBy,
                       Instant offeredAt, Instant completedAt, Long personId, Long agencyId) {

        boolean offeredInTime() {
            return offeredAt != null && !offeredAt.isAfter(dueBy);
        }

        boolean completedInTime() {
            return completedAt != null && !completedAt.isAfter(dueBy);
        }
    }

    @Transactional(readOnly = true)
    Figures figures(String username) {
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(dates.zone()));
        Instant from = thisMonth.minusMonths(11).atDay(1).atStartOfDay(dates.zone()).toInstant();
        List<Row> rows = jdbc.query("""
                select e.id, e.subject_id, e.reported_at, e.returned_at, i.status, i.due_by, i.offered_at, i.completed_at,
                       i.assignee_person_id, i.assignee_agency_id
                from missing_episode e join return_interview i on i.episode_id = e.id
                where e.returned_at >= ? order by e.returned_at""", (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)),
                instant(rs.getTimestamp(4)), InterviewStatus.valueOf(rs.getString(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), rs.getObject(9, Long.class), rs.getObject(10, Long.class)), Timestamp.from(from));

        Map<YearMonth, List<Row>> months = new TreeMap<>();
        for (YearMonth month = thisMonth.minusMonths(11); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            months.put(month, new ArrayList<>());
        }
        rows.forEach(row -> months.computeIfAbsent(YearMonth.from(row.returnedAt().atZone(dates.zone())), m -> new ArrayList<>()).add(row));
        List<Line> byMonth = months.entrySet().stream().map(e -> line(dates.month(e.getKey()), e.getValue())).toList();
        Map<String, List<Row>> services = rows.stream().collect(Collectors.groupingBy(this::service, TreeMap::new, Collectors.toList()));
        List<Line> byService = services.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();

        List<Long> hours = rows.stream().map(r -> Duration.between(r.reportedAt(), r.returnedAt()).toHours()).sorted().toList();
        Long median = hours.isEmpty() ? null : hours.get(hours.size() / 2);
        Long longest = hours.isEmpty() ? null : hours.getLast();
        return new Figures(byMonth, byService, line("All", rows), rows.size(), median, longest, mostEpisodes(username, from));
    }

    /** Children by the episodes that count (not closed as not missing) reported in the period: the twenty with most, of those the reader may see. */
    private List<ChildLine> mostEpisodes(String username, Instant from) {
        Predicate<MissingEpisode> visible = missing.visibleTo(username);
        List<ChildLine> lines = new ArrayList<>(jdbc.query("""
                select e.subject_id, s.name, count(*) as episodes, max(e.id) as latest from missing_episode e join subject s on s.id = e.subject_id
                where e.reported_at >= ? and e.close_reason is null group by e.subject_id, s.name order by count(*) desc, max(e.id) desc limit 200""",
                (rs, n) -> new ChildLine(rs.getLong("subject_id"), rs.getString("name"), rs.getInt("episodes"), rs.getLong("latest")),
                Timestamp.from(from)).stream().filter(line -> visible.test(missing.episode(line.episodeId()))).limit(20).toList());
        lines.sort(Comparator.comparingInt(ChildLine::episodes).reversed());
        return lines;
    }

    private String service(Row row) {
        if (row.agencyId() != null) {
            return directory.agency(row.agencyId()).name();
        }
        if (row.personId() != null) {
            return directory.findPerson(row.personId()).map(Person::agencyId).map(directory::agency).map(a -> a.name()).orElse("Not assigned");
        }
        return "Not assigned";
    }

    private static Line line(String label, List<Row> rows) {
        return new Line(label, rows.size(), (int) rows.stream().filter(Row::offeredInTime).count(), (int) rows.stream().filter(Row::completedInTime).count(),
                (int) rows.stream().filter(r -> r.status() == InterviewStatus.DECLINED).count(),
                (int) rows.stream().filter(r -> r.status() == InterviewStatus.NOT_OFFERED).count(),
                (int) rows.stream().filter(r -> r.status().isOpen()).count());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The CSV: one line a month and a service, with the same figures as the page. */
    String csv(Figures figures) {
        StringBuilder out = new StringBuilder("grouping,label,returns,offered_within_timescale,completed_within_timescale,declined,not_offered,open\n");
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        groups.put("month", figures.byMonth());
        groups.put("service", figures.byService());
        groups.forEach((grouping, lines) -> lines.forEach(line -> out.append(grouping).append(',').append(org.convene.web.Csv.cell(line.label()))
                .append(',').append(line.returns()).append(',').append(line.offeredInTime()).append(',').append(line.completedInTime()).append(',')
                .append(line.declined()).append(',').append(line.notOffered()).append(',').append(line.open()).append('\n')));
        return out.toString();
    }
}
