package org.convene.strategy;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A discussion's decision to hold a review by a date, and the review it asked for once its minutes were approved. */
@Table("strategy_review")
public record StrategyReview(@Id Long id, long meetingId, LocalDate reviewBy, Long reviewMeetingId) {

    StrategyReview requested(long meetingId) {
        return new StrategyReview(id, this.meetingId, reviewBy, meetingId);
    }
}
