Subject: A child has gone missing again
A child has now gone missing ${episodes} times within the repeat-missing window (the newest reported at ${reportedAt}). Consider a strategy discussion and the locality meeting.

${baseUrl}/missing/${episodeId?c}

You are receiving this as a missing coordinator or as the child's social worker.
