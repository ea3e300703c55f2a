Subject: Locality meeting, ${locality}: the meeting of ${originalStart} is cancelled
The ${locality} locality meeting of ${originalStart} is cancelled. The other dates are unchanged.

${baseUrl}/localities/${seriesId?c}
