package org.convene.minutes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RecordEntryRepository extends ListCrudRepository<RecordEntry, Long> {

    List<RecordEntry> findByMeetingIdOrderById(long meetingId);
}
