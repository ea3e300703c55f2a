package org.convene.minutes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ChildRecordRepository extends ListCrudRepository<ChildRecord, Long> {

    List<ChildRecord> findByMeetingIdOrderById(long meetingId);
}
