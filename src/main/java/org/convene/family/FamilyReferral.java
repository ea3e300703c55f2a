package org.convene.family;

import java.time.Instant;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A social worker's referral of a family for a family network meeting (reference §5): why, the worries, whether it is
 * the offer before proceedings, the coordinator, the baseline (objective, questions for the family, the council's bottom
 * lines, resources), the child's views, the meeting's stages, the plan's terms and its review. Every change goes through
 * {@link FamilyCommand}'s table.
 */
@Table("family_referral")
public class FamilyReferral implements WorkflowItem {

    @Id
    private Long id;
    private FamilyStatus status;
    private String reason;
    private String worries;
    private boolean preProceedings;
    private long referrerId;
    private String referredBy;
    private Instant referredAt;
    private Instant allocateBy;
    private Instant completeBy;
    private Long coordinatorId;
    private Instant allocatedAt;
    private Instant allocationLateAt;
    private Instant completionLateAt;
    private String objective;
    private String questions;
    private String bottomLines;
    private String resources;
    private Instant baselineRecordedAt;
    private String childViews;
    private Instant preparedAt;
    private Instant sharingStartedAt;
    private Instant privateTimeStartedAt;
    private Instant privateTimeEndedAt;
    private String supportNeeded;
    private String backupPlan;
    private Boolean councilAgrees;
    private String councilReason;
    private Instant planAgreedAt;
    private Instant planSentAt;
    private String reviewNote;
    private String declinedReason;
    private Instant closedAt;
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    @Version
    private int version;

    protected FamilyReferral() {
    }

    static FamilyReferral referred(NewReferral referral, long referrerId, String referredBy, Instant now, Instant allocateBy, Instant completeBy) {
        FamilyReferral r = new FamilyReferral();
        r.status = FamilyStatus.REFERRED;
        r.reason = referral.reason().trim();
        r.worries = referral.worries().trim();
        r.preProceedings = referral.preProceedings();
        r.referrerId = referrerId;
        r.referredBy = referredBy;
        r.referredAt = now;
        r.allocateBy = allocateBy;
        r.completeBy = completeBy;
        return r;
    }

    /** Its id only: what it holds can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "FamilyReferral[id=" + id + "]";
    }

    private void apply(FamilyCommand command) {
        status = command.from(status);
    }

    public boolean allows(FamilyCommand command) {
        return command.allowedIn(status);
    }

    void check(FamilyCommand command) {
        command.from(status);
    }

    void allocate(long personId, Instant now) {
        apply(FamilyCommand.ALLOCATE);
        if (allocatedAt == null) {
            allocatedAt = now;
        }
        coordinatorId = personId;
    }

    void recordBaseline(Baseline baseline, Instant now) {
        apply(FamilyCommand.RECORD_BASELINE);
        objective = baseline.objective();
        questions = baseline.questions();
        bottomLines = baseline.bottomLines();
        resources = baseline.resources();
        baselineRecordedAt = now;
    }

    void finishPreparation(String views, Instant now) {
        apply(FamilyCommand.FINISH_PREPARATION);
        childViews = views;
        preparedAt = now;
    }

    void recordStage(MeetingStage stage, Instant now) {
        apply(stage.command());
        switch (stage) {
            case SHARING -> sharingStartedAt = now;
            case PRIVATE_TIME_STARTED -> privateTimeStartedAt = now;
            case PRIVATE_TIME_ENDED -> privateTimeEndedAt = now;
        }
    }

    /** When the stage was recorded, or null. */
    public Instant stageAt(MeetingStage stage) {
        return switch (stage) {
            case SHARING -> sharingStartedAt;
            case PRIVATE_TIME_STARTED -> privateTimeStartedAt;
            case PRIVATE_TIME_ENDED -> privateTimeEndedAt;
        };
    }

    void agreePlan(PlanTerms terms, Instant now) {
        apply(FamilyCommand.AGREE_PLAN);
        supportNeeded = terms.supportNeeded();
        backupPlan = terms.backupPlan();
        councilAgrees = terms.councilAgrees();
        councilReason = terms.councilReason();
        planAgreedAt = now;
    }

    void planSent(Instant now) {
        apply(FamilyCommand.SEND_PLAN);
        planSentAt = now;
    }

    void reviewed(String note, Instant now) {
        apply(FamilyCommand.RECORD_REVIEW);
        reviewNote = note;
        closedAt = now;
    }

    void decline(String why, Instant now) {
        apply(FamilyCommand.DECLINE);
        declinedReason = why;
        closedAt = now;
    }

    void allocationLate(Instant now) {
        allocationLateAt = now;
    }

    void completionLate(Instant now) {
        completionLateAt = now;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Allocated within the timescale; null while it has no coordinator and is not yet late. */
    public Boolean allocatedInTime() {
        if (allocatedAt != null) {
            return !allocatedAt.isAfter(allocateBy);
        }
        return allocationLateAt != null ? Boolean.FALSE : null;
    }

    /** Closed (reviewed) within the timescale; null while still open and not yet late, or declined in time. */
    public Boolean completedInTime() {
        if (status == FamilyStatus.CLOSED) {
            return !closedAt.isAfter(completeBy);
        }
        return completionLateAt != null ? Boolean.FALSE : null;
    }

    @Override
    public Long getId() { return id; }
    public FamilyStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getWorries() { return worries; }
    public boolean isPreProceedings() { return preProceedings; }
    public long getReferrerId() { return referrerId; }
    public String getReferredBy() { return referredBy; }
    public Instant getReferredAt() { return referredAt; }
    public Instant getAllocateBy() { return allocateBy; }
    public Instant getCompleteBy() { return completeBy; }
    public Long getCoordinatorId() { return coordinatorId; }
    public Instant getAllocatedAt() { return allocatedAt; }
    public Instant getAllocationLateAt() { return allocationLateAt; }
    public Instant getCompletionLateAt() { return completionLateAt; }
    public String getObjective() { return objective; }
    public String getQuestions() { return questions; }
    public String getBottomLines() { return bottomLines; }
    public String getResources() { return resources; }
    public Instant getBaselineRecordedAt() { return baselineRecordedAt; }
    public String getChildViews() { return childViews; }
    public Instant getPreparedAt() { return preparedAt; }
    public Instant getSharingStartedAt() { return sharingStartedAt; }
    public Instant getPrivateTimeStartedAt() { return privateTimeStartedAt; }
    public Instant getPrivateTimeEndedAt() { return privateTimeEndedAt; }
    public String getSupportNeeded() { return supportNeeded; }
    public String getBackupPlan() { return backupPlan; }
    public Boolean getCouncilAgrees() { return councilAgrees; }
    public String getCouncilReason() { return councilReason; }
    public Instant getPlanAgreedAt() { return planAgreedAt; }
    public Instant getPlanSentAt() { return planSentAt; }
    public String getReviewNote() { return reviewNote; }
    public String getDeclinedReason() { return declinedReason; }
    public Instant getClosedAt() { return closedAt; }
    @Override
    public Long getProcessInstanceKey() { return processInstanceKey; }
}
