package org.convene.missing;

/** Where a missing episode stands: the child is missing, has returned, or the episode was closed as not missing. */
public enum EpisodeStatus {
    MISSING, RETURNED, CLOSED
}
