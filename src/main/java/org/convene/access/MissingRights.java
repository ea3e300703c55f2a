package org.convene.access;

/**
 * What one person may do with one missing episode.
 *
 * @param view        see it: the child, the report, gradings, updates (restricted ones only for the agencies named), the interview
 * @param act         log updates, re-grade, record the return or close it as not missing, ask for a strategy discussion
 * @param coordinate  give it a coordinator, assign the interview, record that it was not offered (with the reason)
 * @param interview   record the interview: its offer, answer, record and completion
 * @param readsAllRestricted read restricted updates and the interview's restricted part whichever agencies they name
 */
public record MissingRights(boolean view, boolean act, boolean coordinate, boolean interview, boolean readsAllRestricted) {
}
