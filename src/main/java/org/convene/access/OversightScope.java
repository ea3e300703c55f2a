package org.convene.access;

import java.util.Set;

/**
 * The actions a manager oversees: everything for an admin; otherwise those owned by the people below them in line
 * management, those owned by an agency they (or someone below them) lead, and those escalated to them.
 */
public record OversightScope(boolean everything, Set<Long> people, Set<Long> agencies, long escalatedTo) {
}
