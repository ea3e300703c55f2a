Subject: Locality meeting, ${locality}: the agenda for ${startsAt}
The agenda for the ${locality} locality meeting of ${startsAt} is fixed. Read it before the meeting:

${baseUrl}/localities/${seriesId?c}/dates/${date}

An urgent referral can still be made, with why it cannot wait.
