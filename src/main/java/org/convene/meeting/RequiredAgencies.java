package org.convene.meeting;

import java.util.EnumSet;
import java.util.Set;
import org.convene.directory.AgencyKind;

/**
 * Who must be invited to, and be present at, each kind of meeting. A strategy discussion needs children's social
 * care, police and health at least (Working Together 2023; reference §2.2).
 */
final class RequiredAgencies {

    private RequiredAgencies() {
    }

    static Set<AgencyKind> of(MeetingType type) {
        return switch (type) {
            case STRATEGY_DISCUSSION -> EnumSet.of(AgencyKind.SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH);
        };
    }

    static String describe(Set<AgencyKind> kinds) {
        return kinds.stream().map(RequiredAgencies::name).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String name(AgencyKind kind) {
        return switch (kind) {
            case SOCIAL_CARE -> "children's social care";
            case POLICE -> "police";
            case HEALTH -> "health";
            case EDUCATION -> "education";
            case YOUTH_SERVICE -> "youth service";
            case VCSE -> "voluntary sector";
        };
    }
}
