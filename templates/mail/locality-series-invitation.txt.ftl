Subject: Locality meeting, ${locality}: every <#if everyWeeks == 1>${weekday}<#else>${everyWeeks} weeks on ${weekday}</#if> at ${time}
You are a standing member of the ${locality} locality meeting: every <#if everyWeeks == 1>${weekday}<#else>${everyWeeks} weeks on ${weekday}</#if> at ${time}, from ${firstDate}, at ${location}.

The calendar entry with this mail holds every date. A date moved or cancelled will be sent as a change to it.

Referrals, agendas and each date's deadlines:
${baseUrl}/localities/${seriesId?c}
