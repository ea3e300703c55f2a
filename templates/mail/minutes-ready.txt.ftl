Subject: Minutes of a multi-agency meeting are ready
The minutes of a multi-agency safeguarding meeting you were invited to are approved.

Read your copy (it holds what your agency may see):
${baseUrl}/meetings/${meetingId?c}/minutes/${version?c}

Please do not forward them: they are OFFICIAL-SENSITIVE.
