Subject: Updated: multi-agency meeting
A multi-agency safeguarding meeting you are invited to has changed.

When: ${when}
Where: ${location}

The details and the agenda are in Convene, if you have an account:
${baseUrl}/meetings/${meetingId?c}

The time or place has changed, so please answer again (accept, tentative, decline, or send someone in your place), without signing in:
${baseUrl}/invitations/${invitationId?c}?token=${rsvpToken}

Without a Convene account, open the agenda (and, after the meeting, your copy of the minutes) here; we will e-mail you a code to type in:
${baseUrl}/guest/invitations/${invitationId?c}?token=${guestToken}

A calendar entry is attached.
