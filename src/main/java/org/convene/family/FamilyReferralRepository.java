package org.convene.family;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FamilyReferralRepository extends ListCrudRepository<FamilyReferral, Long> {

    @Query("select * from family_referral where status not in ('CLOSED', 'DECLINED') order by id")
    List<FamilyReferral> findOpen();

    @Query("select * from family_referral order by referred_at desc, id desc limit :limit")
    List<FamilyReferral> findNewest(int limit);

    /** The referrals a person made: their meetings are theirs to see. */
    @Query("select id from family_referral where referrer_id = :personId order by id")
    List<Long> findIdsReferredBy(long personId);

    /** As {@code ActionRepository.recordProcessInstance}: the instance's first step may be saving the referral now. */
    @Modifying
    @Query("update family_referral set process_instance_key = :processInstanceKey where id = :id")
    void recordProcessInstance(long id, long processInstanceKey);
}
