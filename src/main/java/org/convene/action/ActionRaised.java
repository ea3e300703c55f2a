package org.convene.action;

/** Published inside the transaction that raises an action; its process starts once that transaction commits. */
record ActionRaised(long actionId) {
}
