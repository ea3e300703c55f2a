package org.convene.access;

/**
 * What one person may do with the daily incident briefings and their incident log.
 *
 * @param view   see the log, each incident (with the children and peer groups involved) and each day's briefing
 * @param log    add incidents, by the form, the API or a CSV upload
 * @param triage record the briefing's decision on an incident, and who attended a briefing
 */
public record BriefingRights(boolean view, boolean log, boolean triage) {
}
