package org.convene.meeting;

import java.time.Instant;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A multi-agency meeting of any kind, from the request of the case that convenes it to its closing. It knows that
 * case by its type and id, and nothing else about it. The timestamps of each escalation and reminder record which steps
 * of its process have happened, so that a restarted process carries on at the right step and a job delivered twice
 * does nothing the second time.
 */
@Table("meeting")
public class Meeting implements WorkflowItem {

    @Id
    private Long id;
    private String type;
    private MeetingStatus status;
    private String caseType;
    private Long caseId;
    private String requestedBy;
    private Instant requestedAt;
    private Long chairId;
    private Instant conveneBy;
    private Instant convenedAt;
    private Instant scheduledAt;
    private Instant startsAt;
    private Instant endsAt;
    private String location;
    private String virtualLink;
    private int calendarSequence;
    private Instant heldAt;
    private Instant confidentialityReadAt;
    private String quorumOverrideReason;
    private Instant minutesDueBy;
    private Instant minutesCirculatedAt;
    private Instant closedAt;
    private String cancelReason;
    private Instant notConvenedEscalatedAt;
    private Instant minutesLateEscalatedAt;
    private Instant remindersSentAt;
    private Instant acceptanceCheckedAt;
    private Instant notRecordedChasedAt;
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    @Version
    private int version;

    protected Meeting() {
    }

    /** A meeting a case asks for: to be convened by {@code conveneBy}, by its chair (or, with none yet, a chair who takes it). */
    static Meeting requested(String type, String caseType, long caseId, Long chairId, String requestedBy, Instant requestedAt,
                             Instant conveneBy) {
        Meeting meeting = new Meeting();
        meeting.type = type;
        meeting.status = MeetingStatus.REQUESTED;
        meeting.caseType = caseType;
        meeting.caseId = caseId;
        meeting.chairId = chairId;
        meeting.requestedBy = requestedBy;
        meeting.requestedAt = requestedAt;
        meeting.conveneBy = conveneBy;
        return meeting;
    }

    void assignChair(long personId) {
        chairId = personId;
    }

    /** Convening the first time, or rescheduling: the calendar entry's SEQUENCE goes up with every change. */
    void schedule(Instant startsAt, Instant endsAt, String location, String virtualLink, Instant now, Instant minutesDueBy) {
        if (convenedAt == null) {
            convenedAt = now;
        } else {
            calendarSequence++;
            remindersSentAt = null;
            acceptanceCheckedAt = null;
            notRecordedChasedAt = null;
        }
        this.scheduledAt = now;
        this.status = MeetingStatus.CONVENED;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.virtualLink = virtualLink;
        this.minutesDueBy = minutesDueBy;
    }

    void cancel(String reason, Instant now) {
        status = MeetingStatus.CANCELLED;
        cancelReason = reason;
        closedAt = now;
        calendarSequence++;
    }

    void held(Instant now, String quorumOverrideReason, boolean confidentialityRead) {
        status = MeetingStatus.HELD;
        heldAt = now;
        this.quorumOverrideReason = quorumOverrideReason;
        this.confidentialityReadAt = confidentialityRead ? now : null;
    }

    void minutesApproved() {
        status = MeetingStatus.MINUTES_APPROVED;
    }

    void minutesCirculated(Instant now) {
        minutesCirculatedAt = now;
        status = MeetingStatus.CLOSED;
        closedAt = now;
    }

    void notConvenedEscalated(Instant now) {
        notConvenedEscalatedAt = now;
    }

    void minutesLateEscalated(Instant now) {
        minutesLateEscalatedAt = now;
    }

    void remindersSent(Instant now) {
        remindersSentAt = now;
    }

    void notRecordedChased(Instant now) {
        notRecordedChasedAt = now;
    }

    void acceptanceChecked(Instant now) {
        acceptanceCheckedAt = now;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isConvened() {
        return convenedAt != null;
    }

    /** Its time has passed and nobody has recorded it as held, or cancelled it. */
    public boolean isAwaitingRecord(Instant now) {
        return status == MeetingStatus.CONVENED && endsAt.isBefore(now);
    }

    public Long getId() { return id; }
    public String getType() { return type; }
    public MeetingStatus getStatus() { return status; }
    public String getCaseType() { return caseType; }
    public Long getCaseId() { return caseId; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Long getChairId() { return chairId; }
    public Instant getConveneBy() { return conveneBy; }
    public Instant getConvenedAt() { return convenedAt; }
    public Instant getScheduledAt() { return scheduledAt; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getLocation() { return location; }
    public String getVirtualLink() { return virtualLink; }
    public int getCalendarSequence() { return calendarSequence; }
    public Instant getHeldAt() { return heldAt; }
    public Instant getConfidentialityReadAt() { return confidentialityReadAt; }
    public String getQuorumOverrideReason() { return quorumOverrideReason; }
    public Instant getMinutesDueBy() { return minutesDueBy; }
    public Instant getMinutesCirculatedAt() { return minutesCirculatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getCancelReason() { return cancelReason; }
    public Instant getNotConvenedEscalatedAt() { return notConvenedEscalatedAt; }
    public Instant getMinutesLateEscalatedAt() { return minutesLateEscalatedAt; }
    public Instant getRemindersSentAt() { return remindersSentAt; }
    public Instant getAcceptanceCheckedAt() { return acceptanceCheckedAt; }
    public Instant getNotRecordedChasedAt() { return notRecordedChasedAt; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
}
