Subject: An overdue action has been escalated to you
An action in Convene is overdue (it was due on ${dueDate}) and has been escalated to you to follow up.

Open it to see what it is and to record its outcome:
${baseUrl}/actions/${actionId?c}

You are receiving this because of your role in a multi-agency safeguarding meeting.
