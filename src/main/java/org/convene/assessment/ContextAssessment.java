package org.convene.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An assessment of a peer group or a location: who leads it and by when, what is known (its members or the people who
 * use the place, when, what happens there, the risks, the strengths, what makes it safe or unsafe), the context
 * weighting, and, once closed, its outcome. It was started at a locality series' meeting ({@code seriesId}).
 */
@Table("context_assessment")
public record ContextAssessment(@Id Long id, long subjectId, Long seriesId, long leadId, LocalDate dueDate, String members, String times,
                                String activities, String risks, String strengths, String safety, ContextWeighting weighting,
                                String outcome, String startedBy, Instant startedAt, String closedBy, Instant closedAt) {

    /** Its id only: what it holds names children and places, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "ContextAssessment[id=" + id + "]";
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    ContextAssessment known(WhatIsKnown known) {
        return new ContextAssessment(id, subjectId, seriesId, leadId, dueDate, known.members(), known.times(), known.activities(), known.risks(),
                known.strengths(), known.safety(), known.weighting(), outcome, startedBy, startedAt, closedBy, closedAt);
    }

    ContextAssessment closed(String outcome, String by, Instant at) {
        return new ContextAssessment(id, subjectId, seriesId, leadId, dueDate, members, times, activities, risks, strengths, safety, weighting,
                outcome, startedBy, startedAt, by, at);
    }
}
