Subject: A family network meeting referral is past its 8 weeks
A family's referral was due to be finished, with its plan reviewed, by ${completeBy}. It is still open.

${baseUrl}/family/${referralId?c}

You are receiving this as the service manager for family network meetings.
