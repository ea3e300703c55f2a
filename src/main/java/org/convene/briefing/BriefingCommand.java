package org.convene.briefing;

import static org.convene.briefing.BriefingStatus.DONE;
import static org.convene.briefing.BriefingStatus.OPEN;
import static org.convene.briefing.BriefingStatus.SCHEDULED;

import java.util.Map;
import org.convene.shared.StatusCommand;

/**
 * Everything that changes a day's briefing, with every status it is allowed in and the status it leads to: the one
 * table of legal changes. The first two are its process's steps; a command outside the table is refused with its message.
 */
public enum BriefingCommand implements StatusCommand<BriefingStatus> {
    OPEN_AGENDA(Map.of(SCHEDULED, OPEN), "The briefing's agenda is already fixed."),
    END_DAY(Map.of(OPEN, DONE), "The briefing's day is already over, or has not begun."),
    RECORD_ATTENDANCE(Map.of(OPEN, OPEN, DONE, DONE), "The briefing has not started yet: record who attended once it has.");

    private final Map<BriefingStatus, BriefingStatus> leadsTo;
    private final String refusal;

    BriefingCommand(Map<BriefingStatus, BriefingStatus> leadsTo, String refusal) {
        this.leadsTo = leadsTo;
        this.refusal = refusal;
    }

    @Override
    public Map<BriefingStatus, BriefingStatus> leadsTo() {
        return leadsTo;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
