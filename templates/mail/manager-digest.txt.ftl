Subject: Your daily summary of overdue actions
Good morning. This is your summary for ${date}.

Overdue actions you oversee: ${overdue}
Escalations waiting for you to acknowledge: ${toAcknowledge}

See them, acknowledge, reassign or extend:
${baseUrl}/manager/actions

You are receiving this because you manage staff who attend multi-agency safeguarding meetings.
