package org.convene.strategy;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StrategyCaseRepository extends ListCrudRepository<StrategyCase, Long> {

    @Query("select * from strategy_case where status in ('OPEN', 'ENQUIRY') order by id")
    List<StrategyCase> findOpen();

    /** The concerns a person raised or referred (with an account): their meetings are theirs to see. */
    @Query("select id from strategy_case where raised_by = :username or referrer_person_id = :personId order by id")
    List<Long> findIdsRaisedOrReferredBy(String username, long personId);

    /**
     * The concerns a person might see, newest first: those they chair, raised or referred, those with a meeting they may
     * see ({@code withMeetings}), open ones without a chair for a chair, those of the chairs below them (or raised by them
     * while unallocated), and all for an admin or auditor. It only narrows the search: the access policy decides on each.
     * {@code reports}, {@code reportUsernames} and {@code withMeetings} are never empty (pass a value that matches nothing).
     */
    @Query("""
            select * from strategy_case c where :everything or c.chair_id = :me or c.raised_by = :username or c.referrer_person_id = :me
               or c.id in (:withMeetings) or (:chair and c.chair_id is null and c.status in ('OPEN', 'ENQUIRY')) or c.chair_id in (:reports)
               or (c.chair_id is null and c.raised_by in (:reportUsernames))
            order by c.id desc limit :limit offset :offset""")
    List<StrategyCase> findSeenBy(long me, String username, boolean chair, boolean everything, List<Long> reports, List<String> reportUsernames,
                                  List<Long> withMeetings, int limit, long offset);

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the case now. */
    @Modifying
    @Query("update strategy_case set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
