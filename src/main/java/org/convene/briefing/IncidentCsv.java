package org.convene.briefing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convene.shared.Limits;

/**
 * Reads the incident log's CSV upload, in the column layout of a police export (the README documents it):
 *
 * <pre>
 * Reference,Date,Time,Kind,Circumstances,Location,Children,Peer groups
 * AS-20261127-0042,27/11/2026,21:40,Weapons,Knife seen during a fight,Castle Park bus station,"Jordan Example 04/05/2011; Alex Sample",Castle Park group
 * </pre>
 *
 * A header row names the columns, in any order and any case; other columns are ignored. Reference, Date, Time, Kind and
 * Circumstances are needed; Children are separated by semicolons, each a name with a date of birth after it when known;
 * Peer groups are separated by semicolons. Every row is checked before anything is kept, and every problem is reported
 * by its row (the header is row 1, as a spreadsheet numbers it) and column, never quoting the cell: a cell in the wrong
 * column can hold a child's name.
 */
final class IncidentCsv {

    static final String REFERENCE = "Reference";
    static final String DATE = "Date";
    static final String TIME = "Time";
    static final String KIND = "Kind";
    static final String CIRCUMSTANCES = "Circumstances";
    static final String LOCATION = "Location";
    static final String CHILDREN = "Children";
    static final String PEER_GROUPS = "Peer groups";
    private static final List<String> REQUIRED = List.of(REFERENCE, DATE, TIME, KIND, CIRCUMSTANCES);
    private static final List<String> ALL = List.of(REFERENCE, DATE, TIME, KIND, CIRCUMSTANCES, LOCATION, CHILDREN, PEER_GROUPS);

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CHILD_WITH_BIRTH_DATE = Pattern.compile("(.*\\S)\\s+(\\d{1,2}/\\d{1,2}/\\d{4})");

    /** A problem with one row (or, with row 1, the header), at one column. */
    record RowError(long row, String column, String message) {
    }

    /** The good rows as incidents, in file order, with the row each came from; and the problems with the others. */
    record Parsed(List<Row> rows, List<RowError> errors) {
    }

    record Row(long row, NewIncident incident) {
    }

    private IncidentCsv() {
    }

    static Parsed parse(Reader csv, long reportingAgencyId, ZoneId zone, LocalDate today) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).get();
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (String needed : REQUIRED) {
                if (!columns.containsKey(needed)) {
                    errors.add(new RowError(1, needed, "The header has no column called " + needed + "."));
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(List.of(), errors);
            }
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                new RowReader(record, columns, row, errors).read(reportingAgencyId, zone, today).ifPresent(incident -> {
                    Long earlier = seen.putIfAbsent(incident.policeReference(), row);
                    if (earlier != null) {
                        errors.add(new RowError(row, REFERENCE, "The same reference as row " + earlier + "."));
                    } else {
                        rows.add(new Row(row, incident));
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV's word for a file that is not CSV (a stray quote, a binary file): said plainly, without its text.
            errors.add(new RowError(rows.size() + errors.size() + 2, "", "This row is not valid CSV: check its quotation marks."));
        }
        return new Parsed(rows, errors);
    }

    /** Our column names by the header's own spelling, matched ignoring case and spaces around them. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> found = new HashMap<>();
        for (String name : header) {
            String key = name == null ? "" : name.trim();
            ALL.stream().filter(column -> column.equalsIgnoreCase(key)).findFirst().ifPresent(column -> found.putIfAbsent(column, name));
        }
        return found;
    }

    private record RowReader(CSVRecord record, Map<String, String> columns, long row, List<RowError> errors) {

        Optional<NewIncident> read(long reportingAgencyId, ZoneId zone, LocalDate today) {
            int before = errors.size();
            String reference = required(REFERENCE, "Give the police reference.", Limits.REFERENCE);
            LocalDate date = date(required(DATE, "Give the date, like 27/11/2026.", 10), today);
            LocalTime time = time(required(TIME, "Give the time, like 21:40.", 5));
            IncidentKind kind = kind(required(KIND, "Give the kind of incident.", 40));
            String circumstances = required(CIRCUMSTANCES, "Describe the circumstances.", Limits.CONCERN);
            String location = optional(LOCATION, Limits.PLACE);
            List<NewIncident.NamedChild> children = children(optional(CHILDREN, Limits.CONCERN), today);
            List<String> peerGroups = peerGroups(optional(PEER_GROUPS, Limits.CONCERN));
            if (errors.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new NewIncident(reference, date.atTime(time).atZone(zone).toInstant(), kind, circumstances, location,
                    reportingAgencyId, children, peerGroups));
        }

        private String value(String column) {
            String name = columns.get(column);
            if (name == null || !record.isMapped(name) || !record.isSet(name)) {
                return null;
            }
            String value = record.get(name).strip();
            return value.isEmpty() ? null : value;
        }

        private String required(String column, String missing, int max) {
            String value = value(column);
            if (value == null) {
                errors.add(new RowError(row, column, missing));
                return null;
            }
            return within(column, value, max);
        }

        private String optional(String column, int max) {
            String value = value(column);
            return value == null ? null : within(column, value, max);
        }

        private String within(String column, String value, int max) {
            if (value.length() > max) {
                errors.add(new RowError(row, column, "Keep this to " + max + " characters or fewer."));
                return null;
            }
            return value;
        }

        private LocalDate date(String value, LocalDate today) {
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value, value.contains("-") ? DateTimeFormatter.ISO_LOCAL_DATE : UK_DATE);
                if (date.isAfter(today)) {
                    errors.add(new RowError(row, DATE, "The date cannot be in the future."));
                    return null;
                }
                return date;
            } catch (DateTimeException e) {
                errors.add(new RowError(row, DATE, "Give a real date, like 27/11/2026."));
                return null;
            }
        }

        private LocalTime time(String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalTime.parse(value.replace('.', ':'), TIME_OF_DAY);
            } catch (DateTimeException e) {
                errors.add(new RowError(row, TIME, "Give the time on the 24-hour clock, like 21:40."));
                return null;
            }
        }

        private IncidentKind kind(String value) {
            if (value == null) {
                return null;
            }
            String wanted = value.trim().replace(' ', '_').toUpperCase(Locale.ROOT);
            return Arrays.stream(IncidentKind.values()).filter(kind -> kind.name().equals(wanted)).findFirst().orElseGet(() -> {
                errors.add(new RowError(row, KIND, "Give one of: " + String.join(", ",
                        Arrays.stream(IncidentKind.values()).map(IncidentKind::label).toList()) + "."));
                return null;
            });
        }

        private List<NewIncident.NamedChild> children(String value, LocalDate today) {
            List<NewIncident.NamedChild> children = new ArrayList<>();
            for (String entry : entries(value)) {
                Matcher withBirthDate = CHILD_WITH_BIRTH_DATE.matcher(entry);
                String name = entry;
                LocalDate born = null;
                if (withBirthDate.matches()) {
                    name = withBirthDate.group(1);
                    try {
                        born = LocalDate.parse(withBirthDate.group(2), UK_DATE);
                    } catch (DateTimeException e) {
                        errors.add(new RowError(row, CHILDREN, "A child's date of birth is not a real date: write it like 04/05/2011."));
                        continue;
                    }
                    if (born.isAfter(today)) {
                        errors.add(new RowError(row, CHILDREN, "A child's date of birth cannot be in the future."));
                        continue;
                    }
                }
                if (name.length() > Limits.NAME) {
                    errors.add(new RowError(row, CHILDREN, "Keep each child's name to " + Limits.NAME + " characters or fewer."));
                    continue;
                }
                children.add(new NewIncident.NamedChild(name, born));
            }
            if (children.size() > Limits.CHILDREN) {
                errors.add(new RowError(row, CHILDREN, "Name at most " + Limits.CHILDREN + " children in one incident."));
            }
            return children;
        }

        private List<String> peerGroups(String value) {
            List<String> groups = entries(value);
            if (groups.stream().anyMatch(name -> name.length() > Limits.NAME)) {
                errors.add(new RowError(row, PEER_GROUPS, "Keep each peer group's name to " + Limits.NAME + " characters or fewer."));
            }
            if (groups.size() > Limits.CHILDREN) {
                errors.add(new RowError(row, PEER_GROUPS, "Name at most " + Limits.CHILDREN + " peer groups in one incident."));
            }
            return groups;
        }

        private static List<String> entries(String value) {
            return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
