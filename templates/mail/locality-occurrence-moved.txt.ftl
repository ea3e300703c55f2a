Subject: Locality meeting, ${locality}: the meeting of ${originalStart} is moved
The ${locality} locality meeting of ${originalStart} is moved to ${newStart}, at ${location}. The other dates are unchanged.

${baseUrl}/localities/${seriesId?c}
