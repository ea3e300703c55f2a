package org.convene.access;

import java.util.Set;

/**
 * What access to a missing episode depends on: its coordinator, who logged it, the child's social worker, the people
 * its ladder has told (they follow its link), the return home interview's assignee (a person or a service), and whether the person may see one of the meetings it convened.
 */
public record MissingFacts(Long coordinatorId, String loggedBy, Long socialWorkerId, Set<Long> told, Long interviewPersonId,
                           Long interviewAgencyId, boolean seesAMeeting) {
}
