Subject: Reminder: multi-agency meeting
Reminder: the multi-agency safeguarding meeting is on ${when}, at ${location}.

The details and the agenda:
${baseUrl}/meetings/${meetingId?c}
