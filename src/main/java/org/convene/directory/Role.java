package org.convene.directory;

/** What a person may do in Convene; a person can hold several (a team manager both chairs and manages). */
public enum Role {
    CHAIR, ATTENDEE, MANAGER, ADMIN, AUDITOR,
    /** Coordinates missing children: sees and acts on every missing episode and return home interview. */
    COORDINATOR,
    /** A metrics scraper's account: reads the actuator's metrics and health details, nothing else. */
    METRICS
}
