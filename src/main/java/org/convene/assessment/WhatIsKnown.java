package org.convene.assessment;

/** What an assessment knows of a peer group or a place; any part may be empty while it is being found out. */
public record WhatIsKnown(String members, String times, String activities, String risks, String strengths, String safety,
                          ContextWeighting weighting) {

    /** Its shape only: what it holds names children and places. */
    @Override
    public String toString() {
        return "WhatIsKnown[]";
    }
}
