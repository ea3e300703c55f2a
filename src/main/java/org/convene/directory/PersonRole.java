package org.convene.directory;

import org.springframework.data.relational.core.mapping.Table;

@Table("person_role")
record PersonRole(Role role) {
}
