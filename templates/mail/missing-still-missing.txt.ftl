Subject: A child has been missing for 24 hours
A child reported missing at ${reportedAt} is still missing.

${baseUrl}/missing/${episodeId?c}

You are receiving this as the designated manager for missing children.
