package org.convene.family;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface FamilyMemberRepository extends ListCrudRepository<FamilyMember, Long> {

    List<FamilyMember> findByReferralIdOrderById(long referralId);
}
