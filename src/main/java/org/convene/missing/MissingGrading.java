package org.convene.missing;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One grading of the risk to a missing child: the first when reported, then each re-grade, with who, when and why. */
@Table("missing_grading")
public record MissingGrading(@Id Long id, long episodeId, RiskGrade grade, String reason, String gradedBy, Instant gradedAt) {

    /** Its id only, as every stored record's: what exception messages and logs quote. */
    @Override
    public String toString() {
        return "MissingGrading[id=" + id + "]";
    }
}
