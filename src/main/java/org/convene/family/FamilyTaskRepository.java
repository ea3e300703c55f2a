package org.convene.family;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface FamilyTaskRepository extends ListCrudRepository<FamilyTask, Long> {

    List<FamilyTask> findByReferralIdOrderByDueDateAscIdAsc(long referralId);
}
