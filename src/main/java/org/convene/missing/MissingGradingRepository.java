package org.convene.missing;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MissingGradingRepository extends ListCrudRepository<MissingGrading, Long> {

    List<MissingGrading> findByEpisodeIdOrderById(long episodeId);
}
