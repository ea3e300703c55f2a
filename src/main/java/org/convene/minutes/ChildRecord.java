package org.convene.minutes;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The record for one child: the risk analysis, the decision and its rationale, and the child's own words. */
@Table("child_record")
public record ChildRecord(@Id Long id, Long meetingId, Long childId, String worries, String workingWell, String needsToHappen,
                          Section47Decision decision, String rationale, String childWords) {
}
