Subject: Cancelled: multi-agency meeting
The multi-agency safeguarding meeting on ${when} has been cancelled. The calendar entry attached removes it from your calendar.

${baseUrl}/meetings/${meetingId?c}
