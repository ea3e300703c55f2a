package org.convene.meeting;

/**
 * How an invitee hears of the meeting: by e-mail, with a calendar entry and a link to answer; or, for someone without
 * e-mail, by a letter, a call or in person, which the organiser makes and records.
 */
public enum InvitationContact {
    EMAIL("By e-mail"),
    POST("By post"),
    PHONE("By phone"),
    IN_PERSON("In person");

    private final String label;

    InvitationContact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
