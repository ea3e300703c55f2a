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

    void answer(InvitationStatus answer, String delegateName, String delegateEmail, Instant now) {
        this.status = answer;
        this.delegateName = delegateName;
        this.delegateEmail = delegateEmail;
        this.respondedAt = now;
    }

    void sent(int sequence) {
        sentSequence = sequence;
    }

    void remove(Instant now) {
        removedAt = now;
    }

    void attended(Attendance attendance, Instant reportReceivedAt) {
        this.attendance = attendance;
        this.reportReceivedAt = reportReceivedAt;
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
}
