package org.convene.meeting;

/** What the chair records for each invitation at the meeting. */
public enum Attendance {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    APOLOGIES_WITH_REPORT("Apologies, with a written report"),
    DID_NOT_ATTEND("Did not attend");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
