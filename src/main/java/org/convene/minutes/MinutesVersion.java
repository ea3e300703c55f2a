package org.convene.minutes;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A version of a meeting's minutes. Once approved, its {@code content} (the whole record as it then stood, as JSON)
 * and {@code contentHash} never change; a correction is a new version that names the one it supersedes. It holds every
 * entry, so it never leaves this module: readers get {@link MinutesService.MinutesCopy}, the API {@link MinutesVersionSummary}.
 */
@Table("minutes_version")
record MinutesVersion(@Id Long id, Long meetingId, int version, MinutesStatus status, String content,
                             String contentHash, String approvedBy, Instant approvedAt, Integer supersedesVersion,
                             String correctionReason, Instant circulatedAt) {

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "MinutesVersion[id=" + id + "]";
    }

    MinutesVersion approve(String content, String hash, String by, Instant at) {
        return new MinutesVersion(id, meetingId, version, MinutesStatus.APPROVED, content, hash, by, at, supersedesVersion, correctionReason, null);
    }

    MinutesVersion supersede() {
        return new MinutesVersion(id, meetingId, version, MinutesStatus.SUPERSEDED, content, contentHash, approvedBy, approvedAt,
                supersedesVersion, correctionReason, circulatedAt);
    }

    MinutesVersion circulated(Instant at) {
        return new MinutesVersion(id, meetingId, version, status, content, contentHash, approvedBy, approvedAt, supersedesVersion,
                correctionReason, at);
    }
}
