package org.convene.family;

import java.util.List;
import org.convene.subject.Subject;

/** What a social worker gives when referring a family: the children, why, the worries, and whether it is the offer before proceedings. */
public record NewReferral(List<Subject> children, String reason, String worries, boolean preProceedings) {
}
