package org.convene.missing;

/**
 * Published when a child has gone missing more than {@code convene.timescales.repeat-missing-episodes} times within the
 * window: another workflow (the locality meeting) may propose the child for its next agenda. It carries ids only.
 */
public record RepeatMissing(long subjectId, long episodeId, int episodes) {
}
