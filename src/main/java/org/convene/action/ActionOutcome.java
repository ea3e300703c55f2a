package org.convene.action;

/** How an action was closed by its owner. */
public enum ActionOutcome {
    DONE,
    NOT_POSSIBLE_CIRCUMSTANCES_CHANGED,
    NOT_DONE
}
