package org.convene.directory;

import java.util.Collection;

/** What kind of agency: which a meeting must invite, and how a sentence names them. */
public enum AgencyKind {
    SOCIAL_CARE("children's social care"),
    POLICE("police"),
    HEALTH("health"),
    EDUCATION("education"),
    YOUTH_SERVICE("youth service"),
    VCSE("voluntary sector");

    private final String inSentence;

    AgencyKind(String inSentence) {
        this.inSentence = inSentence;
    }

    /** As a sentence names it: "children's social care". */
    public String inSentence() {
        return inSentence;
    }

    /** Several, in alphabetical order: "children's social care, health, police". */
    public static String describe(Collection<AgencyKind> kinds) {
        return kinds.stream().map(AgencyKind::inSentence).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
