package org.convene.strategy;

import java.util.List;
import org.convene.subject.Subject;

/** A concern about one or more children, raised with who referred it, and the chair if already known. */
public record NewConcern(String concern, String referrerName, Long referrerAgencyId, String referrerEmail, List<Subject> children,
                         Long chairId) {
}
