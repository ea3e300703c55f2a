Subject: A child graded high risk is missing
A child reported missing at ${reportedAt} is graded high risk and is still missing.

${baseUrl}/missing/${episodeId?c}

You are receiving this as the senior manager told of every high-risk missing child.
