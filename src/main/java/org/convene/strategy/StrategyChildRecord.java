package org.convene.strategy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One child's part of a strategy discussion's record: the risk analysis, the decision and its rationale, the child's own
 * words, and the family the child belongs to (1, 2, ...: children of different families get separate letters).
 */
@Table("strategy_child_record")
public record StrategyChildRecord(@Id Long id, long meetingId, long subjectId, String worries, String workingWell, String needsToHappen,
                                  Section47Decision decision, String rationale, String childWords, int family) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "StrategyChildRecord[id=" + id + "]";
    }

    static StrategyChildRecord empty(long meetingId, long subjectId) {
        return new StrategyChildRecord(null, meetingId, subjectId, null, null, null, null, null, null, 1);
    }
}
