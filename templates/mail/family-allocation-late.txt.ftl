Subject: A family's referral has no coordinator yet
A family referred for a family network meeting had no coordinator by ${allocateBy}.

${baseUrl}/family/${referralId?c}

You are receiving this as the service manager for family network meetings.
