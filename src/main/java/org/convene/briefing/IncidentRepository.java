package org.convene.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IncidentRepository extends ListCrudRepository<Incident, Long> {

    Optional<Incident> findByPoliceReference(String policeReference);

    /**
     * Of these references, those already in the log: a CSV upload refuses them by row. One array parameter, not a list
     * of them, so that however many there are PostgreSQL plans the index lookup once.
     */
    @Query("select police_reference from incident where police_reference = any(:references)")
    List<String> findKnownReferences(String[] references);

    /** A briefing's agenda: the incidents logged from {@code from} (included) to {@code to} (excluded), oldest first. */
    @Query("select * from incident where logged_at >= :from and logged_at < :to order by occurred_at, id")
    List<Incident> findLoggedBetween(Instant from, Instant to);

    /** Untriaged incidents from before a briefing's agenda: still waiting for a decision. */
    @Query("select * from incident where decision is null and logged_at < :before order by logged_at, id")
    List<Incident> findUntriagedBefore(Instant before);

    /** Untriaged incidents whose triage is due by {@code now} and that have not been flagged yet. */
    @Query("select * from incident where decision is null and flagged_at is null and triage_due_by <= :now order by logged_at, id")
    List<Incident> findLate(Instant now);

    /** Incidents logged in a period that were sent to a locality's meeting or involve any of these subjects. */
    @Query("""
            select * from incident i where i.logged_at >= :from and i.logged_at < :to
               and (i.locality_id = :localityId
                    or exists (select 1 from subject_case c where c.case_type = 'INCIDENT' and c.case_id = i.id and c.subject_id = any(:subjectIds)))
            order by i.occurred_at, i.id""")
    List<Incident> findForLocality(long localityId, Long[] subjectIds, Instant from, Instant to);

    @Query("select count(*) from incident where decision is null")
    long countUntriaged();

    @Query("select * from incident order by logged_at desc, id desc limit :limit offset :offset")
    List<Incident> findPage(int limit, long offset);
}
