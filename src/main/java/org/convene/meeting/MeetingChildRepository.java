package org.convene.meeting;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingChildRepository extends ListCrudRepository<MeetingChild, Long> {

    List<MeetingChild> findByMeetingIdOrderById(long meetingId);
}
