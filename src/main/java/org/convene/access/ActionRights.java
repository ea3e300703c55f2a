package org.convene.access;

/**
 * What one person may do with one action.
 *
 * @param view      see it, its dates and its history
 * @param complete  record its outcome (its owner)
 * @param manage    extend or reassign it (who set it, the owner's managers, and whoever it was escalated to)
 * @param cancel    cancel it (who set it, or an admin)
 */
public record ActionRights(boolean view, boolean complete, boolean manage, boolean cancel) {
}
