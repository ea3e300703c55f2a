package org.convene.missing;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MissingUpdateRepository extends ListCrudRepository<MissingUpdate, Long> {

    List<MissingUpdate> findByEpisodeIdOrderById(long episodeId);
}
