Subject: A child on a child protection plan is still missing
A child on a child protection plan, reported missing at ${reportedAt}, is still missing. Consider convening a child protection conference.

${baseUrl}/missing/${episodeId?c}

You are receiving this for the child protection conference service, or as the chair of the child's plan.
