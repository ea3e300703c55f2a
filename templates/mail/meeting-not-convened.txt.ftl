Subject: A ${kind} has not been convened in time
A ${kind} asked for in Convene should have been convened by ${conveneBy}. It has not been convened yet.

${baseUrl}/meetings/${meetingId?c}

You are receiving this as the manager of the chair, or of the person who asked for it.
