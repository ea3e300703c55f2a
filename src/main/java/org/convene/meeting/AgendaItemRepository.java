package org.convene.meeting;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(long meetingId);
}
