package org.convene.missing;

import static org.convene.missing.EpisodeStatus.CLOSED;
import static org.convene.missing.EpisodeStatus.MISSING;
import static org.convene.missing.EpisodeStatus.RETURNED;

import java.util.Map;
import org.convene.shared.StatusCommand;

/**
 * Everything that changes a missing episode, with every status it is allowed in and the status it leads to: the one
 * table of legal changes. A command outside it is refused with its message (a 409 in the API, a message on the page).
 */
public enum EpisodeCommand implements StatusCommand<EpisodeStatus> {
    REGRADE(Map.of(MISSING, MISSING), "The risk is graded only while the child is missing."),
    ADD_UPDATE(Map.of(MISSING, MISSING, RETURNED, RETURNED), "An episode closed as not missing takes no more updates."),
    ASSIGN_COORDINATOR(Map.of(MISSING, MISSING, RETURNED, RETURNED), "An episode closed as not missing needs no coordinator."),
    RECORD_RETURN(Map.of(MISSING, RETURNED), "The child's return is recorded once, while they are missing."),
    CLOSE(Map.of(MISSING, CLOSED), "Only an episode whose child is still recorded as missing can be closed as not missing.");

    private final Map<EpisodeStatus, EpisodeStatus> leadsTo;
    private final String refusal;

    EpisodeCommand(Map<EpisodeStatus, EpisodeStatus> leadsTo, String refusal) {
        this.leadsTo = leadsTo;
        this.refusal = refusal;
    }

    @Override
    public Map<EpisodeStatus, EpisodeStatus> leadsTo() {
        return leadsTo;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
