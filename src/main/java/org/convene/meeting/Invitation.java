package org.convene.meeting;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation to a meeting: to a person, to an agency's duty inbox, or to someone without e-mail whom the organiser
 * contacts by post, by phone or in person. {@code sentSequence} is the calendar SEQUENCE they last had (mailed, or for
 * someone without e-mail, the version the organiser last told them of), so that a resend after a restart or a
 * duplicate job sends nothing new, and the organiser sees whom to tell again after a change.
 */
@Table("invitation")
public class Invitation {

    @Id
    private Long id;
    private Long meetingId;
    private Long personId;
    private Long agencyId;
    private String email;
    private InvitationContact contact;
    private String inviteeName;
    private String contactDetails;
    private Instant invitedAt;
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

    static Invitation to(long meetingId, Long personId, Long agencyId, String email, boolean required) {
        Invitation invitation = new Invitation();
        invitation.meetingId = meetingId;
        invitation.personId = personId;
        invitation.agencyId = agencyId;
        invitation.email = email;
        invitation.contact = InvitationContact.EMAIL;
        invitation.required = required;
        invitation.status = InvitationStatus.INVITED;
        invitation.sentSequence = -1;
        return invitation;
    }

    /** Someone without e-mail (a relative, a carer, a professional off the network): the organiser contacts them. */
    static Invitation withoutEmail(long meetingId, String name, Long agencyId, InvitationContact contact, String contactDetails, boolean required) {
        Invitation invitation = to(meetingId, null, agencyId, null, required);
        invitation.inviteeName = name;
        invitation.contact = contact;
        invitation.contactDetails = contactDetails;
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

    /** The organiser has told them (by letter, call or in person) of the meeting as it now stands. */
    void contacted(int sequence, Instant now) {
        sentSequence = sequence;
        invitedAt = now;
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
        return personId == null && delegateOfId == null && contact == InvitationContact.EMAIL;
    }

    /** Mailed: false for someone the organiser contacts by post, by phone or in person. */
    public boolean isByEmail() {
        return contact == InvitationContact.EMAIL;
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
    public InvitationContact getContact() { return contact; }
    public String getInviteeName() { return inviteeName; }
    public String getContactDetails() { return contactDetails; }
    public Instant getInvitedAt() { return invitedAt; }
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
