package org.convene.action;

/**
 * What a manager narrows the overdue list to; every part is optional. {@code meetingType} is the name of a meeting
 * type, or {@value #NO_MEETING} for actions raised on their own.
 */
public record DashboardFilter(Long agencyId, Long teamId, Long ownerPersonId, Integer overdueDaysAtLeast, boolean escalatedOnly,
                              String meetingType) {

    public static final String NO_MEETING = "NONE";
    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, false, null);
}
