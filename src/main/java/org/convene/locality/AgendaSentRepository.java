package org.convene.locality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AgendaSentRepository extends ListCrudRepository<AgendaSent, Long> {

    List<AgendaSent> findBySeriesId(long seriesId);

    Optional<AgendaSent> findBySeriesIdAndMeetingDate(long seriesId, LocalDate meetingDate);

    Optional<AgendaSent> findByMeetingId(long meetingId);

    List<AgendaSent> findByMeetingIdIn(Collection<Long> meetingIds);
}
