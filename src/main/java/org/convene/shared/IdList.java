package org.convene.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of ids stored in one column, as "3,7,12": the agencies a restricted entry, update or record part is shared with. */
public final class IdList {

    private IdList() {
    }

    /** The ids, in order and once each; null for none. */
    public static String join(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The ids stored; none for null or blank. */
    public static Set<Long> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::trim).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
