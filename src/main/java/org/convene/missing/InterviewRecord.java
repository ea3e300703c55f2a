package org.convene.missing;

import java.util.Set;

/**
 * What a return home interview records (reference §3.4): push and pull factors, where the child was and with whom, how
 * they travelled and came back, support wanted, referrals made, what is shared with social care and the police; and the
 * restricted part (exploitation indicators, the child's own words, harm suffered), read only by the agencies named.
 */
public record InterviewRecord(String pushPullFactors, String whereAndWithWhom, String travelAndReturn, String supportWanted,
                              String referralsMade, String sharedWith, String exploitationIndicators, String childWords,
                              String harmSuffered, Set<Long> restrictedTo) {
}
