package org.convene.shared;

import java.util.Map;

/**
 * A command of a workflow's table of legal status changes (as GOV.UK Pay's connector keeps them): the statuses it is
 * allowed in, each with the status it leads to, and what to say when it is not allowed. Each workflow's commands are
 * one enum implementing this, walked by a test.
 *
 * @param <S> the workflow's status
 */
public interface StatusCommand<S> {

    /** The statuses the command is allowed in, each with the status it leads to. */
    Map<S, S> leadsTo();

    /** Why it is refused where the table does not allow it: a 409 in the API, a message on the page. */
    String refusal();

    /** The status the command leads to from {@code from}; a conflict when the table does not allow it there. */
    default S from(S from) {
        S to = leadsTo().get(from);
        if (to == null) {
            throw new ConflictException(refusal());
        }
        return to;
    }

    default boolean allowedIn(S status) {
        return leadsTo().containsKey(status);
    }
}
