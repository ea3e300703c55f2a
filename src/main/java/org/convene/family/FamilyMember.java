package org.convene.family;

import java.time.Instant;
import org.convene.meeting.InvitationContact;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person of a family's network: who they are to the child, how to reach them, what they need to take part, whether
 * they hold parental responsibility and may be told about the child, what the coordinator has done with them in
 * preparation, and how and when they were invited to the meeting and what they answered.
 */
@Table("family_member")
public class FamilyMember {

    @Id
    private Long id;
    private long referralId;
    private String name;
    private String relationship;
    private InvitationContact contact;
    private String email;
    private String contactDetails;
    private String language;
    private boolean interpreter;
    private String accessNeeds;
    private boolean parentalResponsibility;
    private boolean mayReceiveInformation;
    private OfferAnswer offerAnswer;
    private Instant seenAt;
    private Consent consent;
    private AdvocateOffer advocate;
    private Instant invitedAt;
    private InvitationContact invitedHow;
    private MeetingAnswer answer;
    private Instant answeredAt;
    @Version
    private int version;

    protected FamilyMember() {
    }

    static FamilyMember of(long referralId, NewMember member) {
        FamilyMember m = new FamilyMember();
        m.referralId = referralId;
        m.change(member);
        return m;
    }

    void change(NewMember member) {
        name = member.name().trim();
        relationship = member.relationship().trim();
        contact = member.contact();
        email = member.email();
        contactDetails = member.contactDetails();
        language = member.language();
        interpreter = member.interpreter();
        accessNeeds = member.accessNeeds();
        parentalResponsibility = member.parentalResponsibility();
        mayReceiveInformation = member.mayReceiveInformation();
        offerAnswer = member.parentalResponsibility() ? member.offerAnswer() : null;
    }

    void prepared(boolean seen, Consent consent, AdvocateOffer advocate, Instant now) {
        if (seen && seenAt == null) {
            seenAt = now;
        } else if (!seen) {
            seenAt = null;
        }
        this.consent = consent;
        this.advocate = advocate;
    }

    void invited(InvitationContact how, Instant now) {
        invitedHow = how;
        invitedAt = now;
        answer = null;
        answeredAt = null;
    }

    void answered(MeetingAnswer answer, Instant now) {
        this.answer = answer;
        answeredAt = now;
    }

    /** Its id only: it names a member of the child's family. */
    @Override
    public String toString() {
        return "FamilyMember[id=" + id + "]";
    }

    public boolean hasEmail() {
        return contact == InvitationContact.EMAIL && email != null;
    }

    /** English or not given: letters need no interpreter's note. */
    public boolean readsEnglish() {
        return language == null || language.isBlank() || language.trim().equalsIgnoreCase("English");
    }

    public Long getId() { return id; }
    public long getReferralId() { return referralId; }
    public String getName() { return name; }
    public String getRelationship() { return relationship; }
    public InvitationContact getContact() { return contact; }
    public String getEmail() { return email; }
    public String getContactDetails() { return contactDetails; }
    public String getLanguage() { return language; }
    public boolean isInterpreter() { return interpreter; }
    public String getAccessNeeds() { return accessNeeds; }
    public boolean isParentalResponsibility() { return parentalResponsibility; }
    public boolean isMayReceiveInformation() { return mayReceiveInformation; }
    public OfferAnswer getOfferAnswer() { return offerAnswer; }
    public Instant getSeenAt() { return seenAt; }
    public Consent getConsent() { return consent; }
    public AdvocateOffer getAdvocate() { return advocate; }
    public Instant getInvitedAt() { return invitedAt; }
    public InvitationContact getInvitedHow() { return invitedHow; }
    public MeetingAnswer getAnswer() { return answer; }
    public Instant getAnsweredAt() { return answeredAt; }
}
