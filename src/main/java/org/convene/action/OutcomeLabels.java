package org.convene.action;

import java.util.LinkedHashMap;
import java.util.Map;

/** How outcomes read on a page. */
final class OutcomeLabels {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(ActionOutcome.DONE.name(), "Done");
        LABELS.put(ActionOutcome.NOT_POSSIBLE_CIRCUMSTANCES_CHANGED.name(), "Not possible: circumstances changed");
        LABELS.put(ActionOutcome.NOT_DONE.name(), "Not done");
    }

    private OutcomeLabels() {
    }
}
