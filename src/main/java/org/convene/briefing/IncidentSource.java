package org.convene.briefing;

/** How an incident reached the log. */
public enum IncidentSource {
    FORM, API, CSV
}
