package org.convene.locality;

import org.springframework.data.relational.core.mapping.Table;

/** A standing member of a locality's series. */
@Table("locality_series_member")
record SeriesMember(long personId) {
}
