package org.convene.strategy;

/**
 * Where a concern is: open (its discussions being held), under a section 47 enquiry (its outcome due), closed, or
 * cancelled. Which commands each allows, and where they lead, is {@link StrategyCommand}'s table.
 */
public enum StrategyStatus {
    OPEN, ENQUIRY, CLOSED, CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == ENQUIRY;
    }
}
