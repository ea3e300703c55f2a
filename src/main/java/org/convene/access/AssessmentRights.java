package org.convene.access;

/**
 * What one person may do with one peer group or location assessment.
 *
 * @param view   read it: what is known, the weighting, the plan and the outcome
 * @param change record what is known, add to the plan, and close it with its outcome
 */
public record AssessmentRights(boolean view, boolean change) {
}
