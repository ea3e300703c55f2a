package org.convene.missing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReturnInterviewRepository extends ListCrudRepository<ReturnInterview, Long> {

    Optional<ReturnInterview> findByEpisodeId(long episodeId);

    @Query("select * from return_interview where status in ('TO_OFFER', 'OFFERED', 'ACCEPTED') order by due_by")
    List<ReturnInterview> findOpen();
}
