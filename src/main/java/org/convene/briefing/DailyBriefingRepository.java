package org.convene.briefing;

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

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the briefing now. */
    @Modifying
    @Query("update daily_briefing set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
