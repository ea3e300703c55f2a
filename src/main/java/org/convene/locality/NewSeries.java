package org.convene.locality;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A locality's series as an admin sets it up: the first date (its weekday is the series'), the time, length and place, the chair and the standing members. */
public record NewSeries(Long localityId, Long chairId, LocalDate firstDate, LocalTime startsAt, Integer minutes, String location,
                        Set<Long> memberIds) {
}
