/**
 * Daily incident briefings: the incident log the police and partners feed (by form, API or a CSV export), the short
 * briefing held each working day at a set time whose agenda is every incident since the last one (bpmn/daily-briefing.bpmn),
 * each incident's triage, and the flag to the team manager when one is not triaged by the end of the next working day.
 * Incidents are about subjects (the children and peer groups involved), so they show on those subjects' pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Daily incident briefings")
package org.convene.briefing;
