package org.convene.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The briefing of one working day: when it starts, the incidents it covers (logged since the last briefing's time, so
 * Monday's covers the weekend), and who attended. Its times come from {@link BriefingSchedule}.
 */
@Table("daily_briefing")
public class DailyBriefing implements WorkflowItem {

    @Id
    private Long id;
    private LocalDate briefingDate;
    private Instant startsAt;
    private Instant coversFrom;
    private BriefingStatus status;
    private Instant openedAt;
    private Instant flaggedAt;
    private String heldBy;
    private Instant heldAt;
    @MappedCollection(idColumn = "daily_briefing")
    private Set<BriefingAttendee> attendees = new HashSet<>();
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    @Version
    private int version;

    protected DailyBriefing() {
    }

    static DailyBriefing scheduled(LocalDate date, Instant startsAt, Instant coversFrom) {
        DailyBriefing b = new DailyBriefing();
        b.briefingDate = date;
        b.startsAt = startsAt;
        b.coversFrom = coversFrom;
        b.status = BriefingStatus.SCHEDULED;
        return b;
    }

    /** Its time has come: its agenda is fixed. */
    void open(Instant at) {
        status = BriefingCommand.OPEN_AGENDA.from(status);
        openedAt = at;
    }

    /** Its day is over and the late incidents flagged. */
    void done(Instant at) {
        status = BriefingCommand.END_DAY.from(status);
        flaggedAt = at;
    }

    void recordAttendance(Set<Long> people, String by, Instant at) {
        status = BriefingCommand.RECORD_ATTENDANCE.from(status);
        attendees = people.stream().map(BriefingAttendee::new).collect(Collectors.toCollection(HashSet::new));
        heldBy = by;
        heldAt = at;
    }

    public boolean allows(BriefingCommand command) {
        return command.allowedIn(status);
    }

    public Set<Long> attendeeIds() {
        return attendees.stream().map(BriefingAttendee::personId).collect(Collectors.toSet());
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getBriefingDate() {
        return briefingDate;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getCoversFrom() {
        return coversFrom;
    }

    public BriefingStatus getStatus() {
        return status;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    @Override
    public Long getProcessInstanceKey() {
        return processInstanceKey;
    }
}
