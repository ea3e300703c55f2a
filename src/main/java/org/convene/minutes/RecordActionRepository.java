package org.convene.minutes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface RecordActionRepository extends ListCrudRepository<RecordAction, Long> {

    List<RecordAction> findByMeetingIdOrderById(long meetingId);
}
