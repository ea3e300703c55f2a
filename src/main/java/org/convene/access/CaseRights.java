package org.convene.access;

/**
 * What one person may do with one case.
 *
 * @param view        see it: its concern, the subjects it is about, its meetings and decisions
 * @param lead        act as its lead: convene its meetings, record its outcome, mark it complex, cancel it
 * @param assignLead  give it to a lead (anyone who may chair)
 * @param takeLead    take an unallocated case as its lead
 */
public record CaseRights(boolean view, boolean lead, boolean assignLead, boolean takeLead) {
}
