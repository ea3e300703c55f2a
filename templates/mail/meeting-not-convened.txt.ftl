Subject: A strategy discussion has not been convened in time
A concern raised in Convene should have led to a strategy discussion being convened by ${conveneBy}. It has not been convened yet.

${baseUrl}/meetings/${meetingId?c}

You are receiving this as the manager of the chair, or of the person who raised the concern.
