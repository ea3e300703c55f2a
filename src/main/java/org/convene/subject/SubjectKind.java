package org.convene.subject;

/** What a subject of concern is. */
public enum SubjectKind {
    CHILD("Child"),
    PEER_GROUP("Peer group"),
    LOCATION("Location");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
