package org.convene.action;

/** Published inside the transaction that extends an action; its process restarts on the new dates after commit. */
record ActionRescheduled(long actionId) {
}
