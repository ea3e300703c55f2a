package org.convene.missing;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** That a child went missing more often than the threshold within the window, counted when an episode was reported. */
@Table("repeat_missing_flag")
public record RepeatMissingFlag(@Id Long id, long subjectId, long episodeId, int episodes, Instant raisedAt) {
}
