package org.convene.meeting;

import org.convene.directory.Person;

/** A letter inviting someone without e-mail: the meeting, the invitation, what kind of meeting it is, and its chair. */
public record InvitationLetter(Meeting meeting, Invitation invitation, String kind, Person chair) {
}
