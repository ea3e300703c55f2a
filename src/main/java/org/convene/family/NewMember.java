package org.convene.family;

import org.convene.meeting.InvitationContact;

/**
 * A member of the family network as the coordinator or social worker records them. {@code offerAnswer} is for a holder
 * of parental responsibility when the referral is the offer before proceedings.
 */
public record NewMember(String name, String relationship, InvitationContact contact, String email, String contactDetails, String language,
                        boolean interpreter, String accessNeeds, boolean parentalResponsibility, boolean mayReceiveInformation,
                        OfferAnswer offerAnswer) {
}
