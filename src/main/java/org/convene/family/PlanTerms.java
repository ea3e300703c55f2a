package org.convene.family;

/** The plan beyond its tasks: the support the family needs from services, the back-up plan, and whether the council agrees it (and why not). */
public record PlanTerms(String supportNeeded, String backupPlan, boolean councilAgrees, String councilReason) {
}
