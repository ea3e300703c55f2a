package org.convene.strategy;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface StrategyChildRecordRepository extends ListCrudRepository<StrategyChildRecord, Long> {

    List<StrategyChildRecord> findByMeetingIdOrderById(long meetingId);
}
