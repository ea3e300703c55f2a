package org.convene.briefing;

/** What an incident was about, as the police and partners class it. */
public enum IncidentKind {
    WEAPONS("Weapons"),
    EXPLOITATION("Exploitation"),
    MISSING("Missing"),
    VIOLENCE("Violence"),
    DRUGS("Drugs"),
    ONLINE_HARM("Online harm"),
    OTHER("Other");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
