package org.convene.minutes;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MinutesVersionRepository extends ListCrudRepository<MinutesVersion, Long> {

    List<MinutesVersion> findByMeetingIdOrderByVersion(long meetingId);
}
