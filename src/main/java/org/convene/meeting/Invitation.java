package org.convene.meeting;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation to a meeting, to a person or to an agency's duty inbox. {@code sentSequence} is the calendar
 * SEQUENCE last mailed, so that a resend after a restart or a duplicate job sends nothing new.
 */
@Table("invitation")
public class Invitation {

    @Id
    private Long id;
    private Long meetingId;
    private Long personId;
    private Long agencyId;
    private String email;
    private boolean required;
    private InvitationStatus status;
    private String delegateName;
    private String delegateEmail;
    private Instant respondedAt;
    private int sentSequence;
    private Instant removedAt;
    private Attendance attendance;
    private Instant reportReceivedAt;
    private Long delegateOfId;
    private String attendedBy;
    private String answerRecordedBy;
    @Version
    private int version;

    protected Invitation() {
    }

    static Invitation to(long meetingId, Long personId, long agencyId, String email, boolean required) {
        Invitation invitation = new Invitation();
        invitation.meetingId = meetingId;
        invitation.personId = personId;
        invitation.agencyId = agencyId;
        invitation.email = email;
        invitation.required = required;
        invitation.status = InvitationStatus.INVITED;
        invitation.sentSequence = -1;
        return invitation;
    }

    /** A delegate's own invitation, standing in for {@code original}: they answer and attend in their own right. */
    static Invitation delegateFor(Invitation original, Long personId, String email) {
        Invitation invitation = to(original.meetingId, personId, original.agencyId, email, false);
        invitation.delegateOfId = original.id;
        return invitation;
    }

    /** The invitee's answer; {@code recordedBy} names the chair when they record an answer given another way. */
    void answer(InvitationStatus answer, String delegateName, String delegateEmail, Instant now, String recordedBy) {
        this.status = answer;
        this.delegateName = delegateName;
        this.delegateEmail = delegateEmail;
        this.respondedAt = now;
        this.answerRecordedBy = recordedBy;
    }

    /** The meeting moved: the earlier answer was for the earlier time, so the invitee is asked again. */
    void askAgain() {
        if (status != InvitationStatus.DELEGATED) {
            status = InvitationStatus.INVITED;
            respondedAt = null;
            answerRecordedBy = null;
        }
    }

    void sent(int sequence) {
        sentSequence = sequence;
    }

    void remove(Instant now) {
        removedAt = now;
    }

    void attended(Attendance attendance, Instant reportReceivedAt, String attendedBy) {
        this.attendance = attendance;
        this.reportReceivedAt = reportReceivedAt;
        this.attendedBy = attendedBy;
    }

    /** Addressed to an agency's duty inbox rather than a person. */
    public boolean isToDutyInbox() {
        return personId == null && delegateOfId == null;
    }

    public boolean isActive() {
        return removedAt == null;
    }

    public boolean hasAnswered() {
        return respondedAt != null;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getPersonId() { return personId; }
    public Long getAgencyId() { return agencyId; }
    public String getEmail() { return email; }
    public boolean isRequired() { return required; }
    public InvitationStatus getStatus() { return status; }
    public String getDelegateName() { return delegateName; }
    public String getDelegateEmail() { return delegateEmail; }
    public Instant getRespondedAt() { return respondedAt; }
    public int getSentSequence() { return sentSequence; }
    public Instant getRemovedAt() { return removedAt; }
    public Attendance getAttendance() { return attendance; }
    public Instant getReportReceivedAt() { return reportReceivedAt; }
    public Long getDelegateOfId() { return delegateOfId; }
    public String getAttendedBy() { return attendedBy; }
    public String getAnswerRecordedBy() { return answerRecordedBy; }
}
