package org.convene.action;

/** Published inside the transaction that closes an action; its process is told once that transaction commits. */
record ActionClosed(long actionId) {
}
