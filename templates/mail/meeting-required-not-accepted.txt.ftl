Subject: A required agency has not accepted your meeting
Your multi-agency meeting on ${when} still has no acceptance from: ${agencies}.

Follow them up, or invite someone else from the agency:
${baseUrl}/meetings/${meetingId?c}
