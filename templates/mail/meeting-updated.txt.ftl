Subject: Updated: multi-agency meeting
A multi-agency safeguarding meeting you are invited to has changed.

When: ${when}
Where: ${location}

The details and the agenda are in Convene:
${baseUrl}/meetings/${meetingId?c}

The time or place has changed, so please answer again (accept, tentative, decline, or send someone in your place), without signing in:
${baseUrl}/invitations/${invitationId?c}?token=${rsvpToken}

A calendar entry is attached.
