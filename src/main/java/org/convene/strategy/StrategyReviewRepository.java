package org.convene.strategy;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface StrategyReviewRepository extends ListCrudRepository<StrategyReview, Long> {

    Optional<StrategyReview> findByMeetingId(long meetingId);
}
