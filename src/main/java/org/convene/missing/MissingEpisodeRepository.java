package org.convene.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MissingEpisodeRepository extends ListCrudRepository<MissingEpisode, Long> {

    /** Episodes whose process should be running: the child is missing, or back with the interview still open. */
    @Query("""
            select e.* from missing_episode e where e.status = 'MISSING'
               or (e.status = 'RETURNED' and exists (select 1 from return_interview i where i.episode_id = e.id
                                                      and i.status in ('TO_OFFER', 'OFFERED', 'ACCEPTED')))
            order by e.id""")
    List<MissingEpisode> findOpen();

    @Query("select * from missing_episode where status = 'MISSING' order by reported_at")
    List<MissingEpisode> findMissing();

    Optional<MissingEpisode> findBySubjectIdAndPoliceReference(long subjectId, String policeReference);

    @Query("select * from missing_episode where subject_id = :subjectId and status = 'MISSING'")
    List<MissingEpisode> findMissingBySubject(long subjectId);

    /** Episodes that count as missing (not closed as not missing) reported from {@code from} to {@code to}, both included. */
    @Query("""
            select count(*) from missing_episode where subject_id = :subjectId and reported_at >= :from and reported_at <= :to
               and (close_reason is null)""")
    int countMissingBetween(long subjectId, Instant from, Instant to);

    @Query("select * from missing_episode where subject_id = any(:subjectIds) and reported_at >= :from and reported_at < :to order by reported_at")
    List<MissingEpisode> findReportedAbout(Long[] subjectIds, Instant from, Instant to);

    @Query("select * from missing_episode where subject_id = :subjectId order by reported_at desc")
    List<MissingEpisode> findBySubject(long subjectId);

    /** The episodes a person logged, or whose child they are the social worker of: their meetings are theirs to see. */
    @Query("select id from missing_episode where logged_by = :username or social_worker_id = :personId order by id")
    List<Long> findIdsLoggedByOrSocialWorker(String username, long personId);

    @Query("select * from missing_episode order by id desc limit :limit offset :offset")
    List<MissingEpisode> findPage(int limit, long offset);

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the episode now. */
    @Modifying
    @Query("update missing_episode set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
