package org.convene.missing;

import java.time.Instant;
import java.util.Set;
import org.convene.minutes.Visibility;
import org.convene.shared.IdList;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A time-stamped update about a missing child (a sighting, information, a police update), shared as its visibility says. */
@Table("missing_update")
public record MissingUpdate(@Id Long id, long episodeId, UpdateKind kind, String text, Visibility visibility, String restrictedTo,
                            String writtenBy, Instant writtenAt) {

    public Set<Long> restrictedToAgencies() {
        return IdList.parse(restrictedTo);
    }

    /** Its id only, as every stored record's: what exception messages and logs quote. */
    @Override
    public String toString() {
        return "MissingUpdate[id=" + id + "]";
    }
}
