package org.convene.subject;

/** A workflow's case, by its type and id, that a subject (by its id) is linked to. */
public record CaseRef(String caseType, long caseId, long subjectId) {
}
