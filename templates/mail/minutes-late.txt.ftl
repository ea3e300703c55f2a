Subject: Minutes of a ${kind} are late
The minutes of the ${kind} held on ${when} should have been circulated by ${minutesDueBy}. They have not been yet.

${baseUrl}/meetings/${meetingId?c}

You are receiving this as the manager of the chair.
