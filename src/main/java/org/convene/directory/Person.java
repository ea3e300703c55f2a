package org.convene.directory;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

public record Person(@Id Long id, String username, String displayName, String email, String jobTitle,
                     Long agencyId, Long teamId, Long lineManagerId, String passwordHash, boolean active,
                     @MappedCollection(idColumn = "person_id") Set<PersonRole> roleGrants) {

    public Set<Role> roles() {
        return roleGrants.stream().map(PersonRole::role).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
