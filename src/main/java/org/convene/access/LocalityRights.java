package org.convene.access;

/**
 * What one person may do with one locality's series.
 *
 * @param view  see it: its dates, each date's cut-off and freeze, its members, each date's agenda and the subjects
 *              referred to it
 * @param refer refer a child, a peer group or a location to one of its dates
 * @param chair move or cancel a date
 */
public record LocalityRights(boolean view, boolean refer, boolean chair) {
}
