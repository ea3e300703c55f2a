Subject: Invitation to a multi-agency meeting
You are invited to a multi-agency safeguarding meeting.

When: ${when}
Where: ${location}

The details and the agenda are in Convene:
${baseUrl}/meetings/${meetingId?c}

Please answer (accept, tentative, decline, or send someone in your place), without signing in:
${baseUrl}/invitations/${invitationId?c}?token=${rsvpToken}

A calendar entry is attached.
