package org.convene.missing;

import static org.convene.missing.InterviewStatus.ACCEPTED;
import static org.convene.missing.InterviewStatus.COMPLETED;
import static org.convene.missing.InterviewStatus.DECLINED;
import static org.convene.missing.InterviewStatus.NOT_OFFERED;
import static org.convene.missing.InterviewStatus.OFFERED;
import static org.convene.missing.InterviewStatus.TO_OFFER;

import java.util.Map;
import org.convene.shared.StatusCommand;

/** Every change to a return home interview, with the statuses it is allowed in and the one it leads to. */
public enum InterviewCommand implements StatusCommand<InterviewStatus> {
    ASSIGN(Map.of(TO_OFFER, TO_OFFER, OFFERED, OFFERED, ACCEPTED, ACCEPTED), "A finished interview cannot be given to someone else."),
    OFFER(Map.of(TO_OFFER, OFFERED), "The interview has already been offered."),
    ACCEPT(Map.of(OFFERED, ACCEPTED), "Only an interview offered and not yet answered can be accepted."),
    DECLINE(Map.of(OFFERED, DECLINED, ACCEPTED, DECLINED), "Only an interview offered and not yet held can be declined."),
    RECORD(Map.of(TO_OFFER, TO_OFFER, OFFERED, OFFERED, ACCEPTED, ACCEPTED), "A finished interview's record cannot be changed."),
    COMPLETE(Map.of(TO_OFFER, COMPLETED, OFFERED, COMPLETED, ACCEPTED, COMPLETED), "The interview is already finished."),
    NOT_OFFER(Map.of(TO_OFFER, NOT_OFFERED), "Only an interview not yet offered can be recorded as not offered.");

    private final Map<InterviewStatus, InterviewStatus> leadsTo;
    private final String refusal;

    InterviewCommand(Map<InterviewStatus, InterviewStatus> leadsTo, String refusal) {
        this.leadsTo = leadsTo;
        this.refusal = refusal;
    }

    @Override
    public Map<InterviewStatus, InterviewStatus> leadsTo() {
        return leadsTo;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
