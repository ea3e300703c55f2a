package org.convene.family;

import static org.convene.family.FamilyStatus.BASELINE;
import static org.convene.family.FamilyStatus.CLOSED;
import static org.convene.family.FamilyStatus.DECLINED;
import static org.convene.family.FamilyStatus.MEETING;
import static org.convene.family.FamilyStatus.PLAN;
import static org.convene.family.FamilyStatus.PREPARATION;
import static org.convene.family.FamilyStatus.REFERRED;
import static org.convene.family.FamilyStatus.REVIEW;

import java.util.Map;
import org.convene.shared.StatusCommand;

/**
 * Everything that changes a family's referral, with every status it is allowed in and the status it leads to: the one
 * table of legal changes. A command outside it is refused with its message, as a 409 in the API and at the top of the page.
 */
public enum FamilyCommand implements StatusCommand<FamilyStatus> {
    ALLOCATE(Map.of(REFERRED, BASELINE, BASELINE, BASELINE, PREPARATION, PREPARATION, MEETING, MEETING, PLAN, PLAN, REVIEW, REVIEW),
            "A closed referral cannot be given to a coordinator."),
    RECORD_BASELINE(Map.of(BASELINE, PREPARATION), "The baseline is recorded once, after a coordinator is allocated."),
    CHANGE_NETWORK(Map.of(REFERRED, REFERRED, BASELINE, BASELINE, PREPARATION, PREPARATION, MEETING, MEETING, PLAN, PLAN, REVIEW, REVIEW),
            "The family network of a closed referral cannot change."),
    FINISH_PREPARATION(Map.of(PREPARATION, MEETING), "Preparation can be finished only while the network is being prepared."),
    RECORD_STAGE(Map.of(MEETING, MEETING), "The meeting's stages are recorded while the meeting is going on."),
    CHANGE_PLAN(Map.of(MEETING, MEETING), "The plan's tasks are written at the meeting, before the plan is agreed."),
    AGREE_PLAN(Map.of(MEETING, PLAN), "A plan is agreed at the family network meeting, once."),
    SEND_PLAN(Map.of(PLAN, REVIEW), "Only an agreed plan that has not been sent can be sent."),
    RECORD_REVIEW(Map.of(REVIEW, CLOSED), "A review is recorded once the plan has been sent."),
    DECLINE(Map.of(REFERRED, DECLINED, BASELINE, DECLINED, PREPARATION, DECLINED, MEETING, DECLINED, PLAN, DECLINED, REVIEW, DECLINED),
            "A closed referral cannot be declined.");

    private final Map<FamilyStatus, FamilyStatus> leadsTo;
    private final String refusal;

    FamilyCommand(Map<FamilyStatus, FamilyStatus> leadsTo, String refusal) {
        this.leadsTo = leadsTo;
        this.refusal = refusal;
    }

    @Override
    public Map<FamilyStatus, FamilyStatus> leadsTo() {
        return leadsTo;
    }

    @Override
    public String refusal() {
        return refusal;
    }
}
