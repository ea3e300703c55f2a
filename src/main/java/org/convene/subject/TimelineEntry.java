package org.convene.subject;

import java.time.Instant;
import java.util.List;

/**
 * One thing on a subject's page, as one reader may see it: when, what kind (a meeting, an action, a case), a short
 * title, a link, and whether it is still open (open actions come first, then everything in time order).
 */
public record TimelineEntry(Instant at, String kind, String title, String link, boolean open) {

    /**
     * Implemented by each module whose items are about subjects (cases, meetings, actions): the entries, among those
     * of the cases about one subject, that one reader may see, each module deciding by its own access rules. A subject a
     * reader has no entry about is one they may not see.
     */
    public interface Source {

        List<TimelineEntry> entriesAbout(List<CaseRef> cases, String username);

        /** Whether a case of this type names the subjects in it together (one incident): the peer map links them. */
        default boolean namesTogether(String caseType) {
            return false;
        }
    }
}
