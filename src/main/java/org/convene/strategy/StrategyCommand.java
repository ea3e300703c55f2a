package org.convene.strategy;

import static org.convene.strategy.StrategyStatus.CANCELLED;
import static org.convene.strategy.StrategyStatus.CLOSED;
import static org.convene.strategy.StrategyStatus.ENQUIRY;
import static org.convene.strategy.StrategyStatus.OPEN;

import java.util.Map;
import org.convene.shared.StatusCommand;

/**
 * Everything that changes a concern, with every status it is allowed in and the status it leads to: the one table of
 * legal changes. A command outside it is refused with its message, as a 409 in the API and at the top of the page.
 */
public enum StrategyCommand implements StatusCommand<StrategyStatus> {
    ASSIGN_CHAIR(Map.of(OPEN, OPEN, ENQUIRY, ENQUIRY), "A closed or cancelled concern cannot be given to another chair."),
    REQUEST_DISCUSSION(Map.of(OPEN, OPEN, ENQUIRY, ENQUIRY), "A closed or cancelled concern needs no more discussions: raise a new concern."),
    MARK_COMPLEX(Map.of(OPEN, OPEN, ENQUIRY, ENQUIRY), "A closed or cancelled concern cannot be marked complex."),
    REQUEST_REVIEW(Map.of(OPEN, OPEN, ENQUIRY, ENQUIRY), "A closed or cancelled concern cannot have a review."),
    START_ENQUIRY(Map.of(OPEN, ENQUIRY), "A section 47 enquiry can start only on an open concern without one."),
    CLOSE(Map.of(OPEN, CLOSED), "Only an open concern without an enquiry closes when its discussion decides on no further strategy work."),
    RECORD_OUTCOME(Map.of(ENQUIRY, CLOSED), "Record an outcome only for a concern under a section 47 enquiry."),
    CANCEL(Map.of(OPEN, CANCELLED), "Only an open concern without an enquiry can be cancelled.");

    private final Map<StrategyStatus, StrategyStatus> leadsTo;
    private final String refusal;

    StrategyCommand(Map<StrategyStatus, StrategyStatus> leadsTo, String refusal) {
        this.leadsTo = leadsTo;
        this.refusal = refusal;
    }

    @Override
    public Map<StrategyStatus, StrategyStatus> leadsTo() {
        return leadsTo;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
