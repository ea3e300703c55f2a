package org.convene.family;

import static org.convene.family.FamilyStatus.BASELINE;
import static org.convene.family.FamilyStatus.CLOSED;
import static org.convene.family.FamilyStatus.DECLINED;
import static org.convene.family.FamilyStatus.MEETING;
import static org.convene.family.FamilyStatus.PLAN;
import static org.convene.family.FamilyStatus.PREPARATION;
import static org.convene.family.FamilyStatus.PRIVATE_TIME;
import static org.convene.family.FamilyStatus.REFERRED;
import static org.convene.family.FamilyStatus.REVIEW;

import java.util.Map;
import org.convene.shared.StatusCommand;

/**
 * Everything that changes a family's referral, with every status it is allowed in and the status it leads to: the one
 * table of legal changes. A command outside it is refused with its message, as a 409 in the API and at the top of the page.
 * While private family time runs nothing of the meeting's content changes (the plan, the network, a decision): only its
 * end is recorded, and the coordinator may be changed.
 */
public enum FamilyCommand implements StatusCommand<FamilyStatus> {
    ALLOCATE(Map.of(REFERRED, BASELINE, BASELINE, BASELINE, PREPARATION, PREPARATION, MEETING, MEETING, PRIVATE_TIME, PRIVATE_TIME, PLAN, PLAN,
            REVIEW, REVIEW),
            "A closed referral cannot be given to a coordinator."),
    RECORD_BASELINE(Map.of(BASELINE, PREPARATION), "The baseline is recorded once, after a coordinator is allocated."),
    CHANGE_NETWORK(Map.of(REFERRED, REFERRED, BASELINE, BASELINE, PREPARATION, PREPARATION, MEETING, MEETING, PLAN, PLAN, REVIEW, REVIEW),
            "The family network cannot change during private family time, or once the referral is closed."),
    FINISH_PREPARATION(Map.of(PREPARATION, MEETING), "Preparation can be finished only while the network is being prepared."),
    START_SHARING(Map.of(MEETING, MEETING), "The meeting's stages are recorded while the meeting is going on."),
    START_PRIVATE_TIME(Map.of(MEETING, PRIVATE_TIME), "The meeting's stages are recorded while the meeting is going on."),
    END_PRIVATE_TIME(Map.of(PRIVATE_TIME, MEETING), "Private family time can end only while it is going on."),
    CHANGE_PLAN(Map.of(MEETING, MEETING), "The plan's tasks are written at the meeting, outside private family time, before the plan is agreed."),
    AGREE_PLAN(Map.of(MEETING, PLAN), "A plan is agreed at the family network meeting, once, after private family time."),
    SEND_PLAN(Map.of(PLAN, REVIEW), "Only an agreed plan that has not been sent can be sent."),
    RECORD_REVIEW(Map.of(REVIEW, CLOSED), "A review is recorded once the plan has been sent."),
    DECLINE(Map.of(REFERRED, DECLINED, BASELINE, DECLINED, PREPARATION, DECLINED, MEETING, DECLINED, PLAN, DECLINED, REVIEW, DECLINED),
            "The family's decision not to go ahead is recorded after private family time, and never once the referral is closed.");

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
