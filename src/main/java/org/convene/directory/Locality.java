package org.convene.directory;

import org.springframework.data.annotation.Id;

public record Locality(@Id Long id, String name) {
}
