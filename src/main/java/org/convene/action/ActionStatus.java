package org.convene.action;

public enum ActionStatus {
    OPEN, COMPLETED, CANCELLED
}
