package org.convene.access;

/**
 * What one person may do with one locality's series.
 *
 * @param view  see it: its dates, each date's cut-off and freeze, its members
 * @param chair move or cancel a date
 */
public record LocalityRights(boolean view, boolean chair) {
}
