Subject: The outcome of a section 47 enquiry is late
The outcome of a section 47 enquiry, started at a strategy discussion, should have been recorded by ${outcomeDueBy}. It has not been recorded yet.

${baseUrl}/strategy/${caseId?c}

You are receiving this as the manager of its chair.
