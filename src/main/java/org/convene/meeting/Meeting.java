package org.convene.meeting;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A multi-agency meeting, from the concern that prompts it to its closing. The timestamps of each escalation and
 * reminder record which steps of its process have happened, so that a restarted process carries on at the right step
 * and a job delivered twice does nothing the second time.
 */
@Table("meeting")
public class Meeting {

    @Id
    private Long id;
    private MeetingType type;
    private MeetingStatus status;
    private String concern;
    private String referrerName;
    private Long referrerAgencyId;
    private String referrerEmail;
    private Long referrerPersonId;
    private String raisedBy;
    private Instant raisedAt;
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
    private String quorumOverrideReason;
    private Instant minutesDueBy;
    private Instant minutesCirculatedAt;
    private Instant closedAt;
    private String cancelReason;
    private Long reviewOfMeetingId;
    private LocalDate reviewBy;
    private Long reviewMeetingId;
    private Instant notConvenedEscalatedAt;
    private Instant minutesLateEscalatedAt;
    private Instant remindersSentAt;
    private Instant acceptanceCheckedAt;
    private Long processInstanceKey;
    @Version
    private int version;

    protected Meeting() {
    }

    static Meeting concernRaised(MeetingType type, String concern, String referrerName, Long referrerAgencyId,
                                 String referrerEmail, Long referrerPersonId, Long chairId, String raisedBy,
                                 Instant raisedAt, Instant conveneBy, Long reviewOf) {
        Meeting meeting = new Meeting();
        meeting.type = type;
        meeting.status = MeetingStatus.CONCERN_RAISED;
        meeting.concern = concern;
        meeting.referrerName = referrerName;
        meeting.referrerAgencyId = referrerAgencyId;
        meeting.referrerEmail = referrerEmail;
        meeting.referrerPersonId = referrerPersonId;
        meeting.chairId = chairId;
        meeting.raisedBy = raisedBy;
        meeting.raisedAt = raisedAt;
        meeting.conveneBy = conveneBy;
        meeting.reviewOfMeetingId = reviewOf;
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

    void held(Instant now, String quorumOverrideReason) {
        status = MeetingStatus.HELD;
        heldAt = now;
        this.quorumOverrideReason = quorumOverrideReason;
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

    void acceptanceChecked(Instant now) {
        acceptanceCheckedAt = now;
    }

    void reviewBy(LocalDate date) {
        reviewBy = date;
    }

    void reviewedIn(long meetingId) {
        reviewMeetingId = meetingId;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isConvened() {
        return convenedAt != null;
    }

    public Long getId() { return id; }
    public MeetingType getType() { return type; }
    public MeetingStatus getStatus() { return status; }
    public String getConcern() { return concern; }
    public String getReferrerName() { return referrerName; }
    public Long getReferrerAgencyId() { return referrerAgencyId; }
    public String getReferrerEmail() { return referrerEmail; }
    public Long getReferrerPersonId() { return referrerPersonId; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
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
    public String getQuorumOverrideReason() { return quorumOverrideReason; }
    public Instant getMinutesDueBy() { return minutesDueBy; }
    public Instant getMinutesCirculatedAt() { return minutesCirculatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getCancelReason() { return cancelReason; }
    public Long getReviewOfMeetingId() { return reviewOfMeetingId; }
    public LocalDate getReviewBy() { return reviewBy; }
    public Long getReviewMeetingId() { return reviewMeetingId; }
    public Instant getNotConvenedEscalatedAt() { return notConvenedEscalatedAt; }
    public Instant getMinutesLateEscalatedAt() { return minutesLateEscalatedAt; }
    public Instant getRemindersSentAt() { return remindersSentAt; }
    public Instant getAcceptanceCheckedAt() { return acceptanceCheckedAt; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
}
