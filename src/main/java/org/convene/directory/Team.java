package org.convene.directory;

import org.springframework.data.annotation.Id;

public record Team(@Id Long id, String name, Long agencyId, Long localityId) {
}
