package org.convene.subject;

/** A workflow's case, by its type and id: what a subject is linked to. */
public record CaseRef(String caseType, long caseId) {
}
