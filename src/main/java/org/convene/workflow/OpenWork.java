package org.convene.workflow;

import java.util.List;

/**
 * A module whose open work runs as process instances implements this, so that the instances can be rebuilt from
 * Convene's database when the engine does not know them (in the embedded default, after every restart).
 */
public interface OpenWork {

    /** The open items of this module, each with the step its process should be restarted at. */
    List<ProcessRestart> openWork();

    /** Records the instance that now carries the item. */
    void restarted(ProcessRestart item, long processInstanceKey);
}
