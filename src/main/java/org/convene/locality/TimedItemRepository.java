package org.convene.locality;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TimedItemRepository extends ListCrudRepository<TimedItem, Long> {

    List<TimedItem> findBySeriesIdAndMeetingDateOrderById(long seriesId, LocalDate meetingDate);
}
