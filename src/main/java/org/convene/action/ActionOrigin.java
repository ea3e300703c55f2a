package org.convene.action;

import java.util.List;
import java.util.Optional;

/**
 * Where an action came from, as its page shows it: the meeting that set it (with a link when the reader may open it)
 * and the children it is about. Anyone who may see an action may see whom it is about: its owner cannot do it otherwise.
 */
public record ActionOrigin(String label, String link, List<String> children) {

    /**
     * Implemented by the module whose items set actions (meetings), so that the action pages can say where an action
     * came from without the action module knowing that module.
     */
    public interface Source {

        /** The origin of an action set at this meeting, as {@code username} may see it. */
        ActionOrigin originOf(long meetingId, String username);

        /** Why no action may be set at this meeting now, if so: nothing of its content may be recorded. */
        Optional<String> closedToActions(long meetingId);
    }
}
