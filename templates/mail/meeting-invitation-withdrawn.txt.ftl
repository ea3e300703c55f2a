Subject: Invitation withdrawn: multi-agency meeting
Your invitation to the multi-agency safeguarding meeting on ${when} has been withdrawn by the chair. The calendar entry attached removes it from your calendar.
