package org.convene.locality;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A locality's weekly meeting: its slot (a weekday, a time and a length, from a first date), where it is held, its chair
 * and standing members. Its calendar sequence rises with every change sent to the members' calendars.
 */
@Table("locality_series")
public class LocalitySeries implements WorkflowItem {

    @Id
    private Long id;
    private long localityId;
    private long chairId;
    private DayOfWeek weekday;
    private LocalTime startsAtTime;
    private int minutes;
    private String location;
    private LocalDate firstDate;
    private int calendarSequence;
    private String createdBy;
    private Instant createdAt;
    @MappedCollection(idColumn = "locality_series")
    private Set<SeriesMember> members = new HashSet<>();
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    @Version
    private int version;

    protected LocalitySeries() {
    }

    static LocalitySeries of(long localityId, long chairId, LocalDate firstDate, LocalTime startsAt, int minutes, String location,
                             Set<Long> memberIds, String createdBy, Instant createdAt) {
        LocalitySeries s = new LocalitySeries();
        s.localityId = localityId;
        s.chairId = chairId;
        s.weekday = firstDate.getDayOfWeek();
        s.startsAtTime = startsAt;
        s.minutes = minutes;
        s.location = location;
        s.firstDate = firstDate;
        s.members = memberIds.stream().map(SeriesMember::new).collect(Collectors.toCollection(HashSet::new));
        s.createdBy = createdBy;
        s.createdAt = createdAt;
        return s;
    }

    /** The sequence of the next change sent to calendars (RFC 5546: each update of an event carries a higher one). */
    int nextSequence() {
        return ++calendarSequence;
    }

    /** Its weekday as people write it: Tuesday. */
    public String weekdayName() {
        return weekday.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    public Set<Long> memberIds() {
        return members.stream().map(SeriesMember::personId).collect(Collectors.toSet());
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public long getLocalityId() {
        return localityId;
    }

    public long getChairId() {
        return chairId;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalTime getStartsAtTime() {
        return startsAtTime;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getLocation() {
        return location;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }
}
