package org.convene.locality;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SubjectRecordRepository extends ListCrudRepository<SubjectRecord, Long> {

    List<SubjectRecord> findByMeetingIdOrderById(long meetingId);
}
