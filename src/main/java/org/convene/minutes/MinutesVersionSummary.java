package org.convene.minutes;

import java.time.Instant;

/** A version of the minutes as readers and the API are told of it: its particulars, without its stored content. */
public record MinutesVersionSummary(int version, MinutesStatus status, String contentHash, String approvedBy, Instant approvedAt,
                                    Integer supersedesVersion, String correctionReason, Instant circulatedAt) {

    static MinutesVersionSummary of(MinutesVersion v) {
        return new MinutesVersionSummary(v.version(), v.status(), v.contentHash(), v.approvedBy(), v.approvedAt(), v.supersedesVersion(),
                v.correctionReason(), v.circulatedAt());
    }
}
