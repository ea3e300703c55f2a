Subject: A family has been referred to you for a family network meeting
You are the coordinator for a family's referral. Arrange the baseline meeting with the social worker and their manager.

${baseUrl}/family/${referralId?c}
