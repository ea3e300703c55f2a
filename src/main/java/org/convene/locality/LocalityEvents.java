package org.convene.locality;

/** What happens to a locality's series, for its process. */
final class LocalityEvents {

    private LocalityEvents() {
    }

    /** A series is set up: its process starts once this commits. */
    record SeriesCreated(long seriesId) {
    }

    /** A date was moved or cancelled: the process waits for the next freeze as it now stands. */
    record DatesChanged(long seriesId) {
    }
}
