Subject: Record whether your ${kind} took place
Your ${kind} on ${when} is not recorded as held yet.

Record who attended, or cancel it if it did not take place. Its minutes and actions follow from the record:
${baseUrl}/meetings/${meetingId?c}
