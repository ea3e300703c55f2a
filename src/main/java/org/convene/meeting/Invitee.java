package org.convene.meeting;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.convene.shared.Limits;
import org.convene.shared.PlainText;

/**
 * Who the organiser invites: a named person, an agency (its duty inbox), or someone without e-mail, by name, with how
 * they will be contacted and where (an address for a letter, a number to call), and the agency they come for if any.
 */
public record Invitee(@Positive Long personId, @Positive Long agencyId, @Size(max = Limits.NAME) @PlainText String name, InvitationContact contact,
                      @Size(max = Limits.PLACE) @PlainText String contactDetails) {

    public static Invitee person(long personId) {
        return new Invitee(personId, null, null, null, null);
    }

    public static Invitee agency(long agencyId) {
        return new Invitee(null, agencyId, null, null, null);
    }

    /** A person or an agency, as a form's "person:1" or "agency:2" chooses one. */
    public static Invitee personOrAgency(Long personId, Long agencyId) {
        return new Invitee(personId, agencyId, null, null, null);
    }

    public static Invitee withoutEmail(String name, Long agencyId, InvitationContact contact, String contactDetails) {
        return new Invitee(null, agencyId, name, contact, contactDetails);
    }

    boolean isWithoutEmail() {
        return contact != null && contact != InvitationContact.EMAIL;
    }
}
