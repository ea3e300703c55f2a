package org.convene.missing;

/** Where a return home interview stands (reference §3.2: offered / accepted / declined / completed). */
public enum InterviewStatus {
    TO_OFFER("To offer"),
    OFFERED("Offered"),
    ACCEPTED("Accepted"),
    DECLINED("Declined by the child"),
    COMPLETED("Completed"),
    NOT_OFFERED("Not offered");

    private final String label;

    InterviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == TO_OFFER || this == OFFERED || this == ACCEPTED;
    }
}
