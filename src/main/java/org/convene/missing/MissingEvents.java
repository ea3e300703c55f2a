package org.convene.missing;

/** What happens to an episode, for its process (after commit). */
final class MissingEvents {

    private MissingEvents() {
    }

    record Reported(long episodeId) {
    }

    record Regraded(long episodeId) {
    }

    record Returned(long episodeId) {
    }

    record Closed(long episodeId) {
    }

    record InterviewEnded(long episodeId) {
    }
}
