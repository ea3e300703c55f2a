package org.convene.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DailyBriefingRepository extends ListCrudRepository<DailyBriefing, Long> {

    Optional<DailyBriefing> findByBriefingDate(LocalDate date);

    /** Briefings whose process should be running: not yet at their time, or their day not yet over. */
    @Query("select * from daily_briefing where status <> 'DONE' order by briefing_date")
    List<DailyBriefing> findOpen();

    /** The briefing whose agenda holds an incident logged at that moment: the first to start after it. */
    @Query("select * from daily_briefing where starts_at > :loggedAt and covers_from <= :loggedAt order by briefing_date limit 1")
    Optional<DailyBriefing> findCovering(Instant loggedAt);

    @Query("select * from daily_briefing order by briefing_date desc limit :limit offset :offset")
    List<DailyBriefing> findPage(int limit, long offset);

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the briefing now. */
    @Modifying
    @Query("update daily_briefing set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
