package org.convene.strategy;

import java.time.Instant;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A concern about one or more children that needs a strategy discussion: who referred it, its chair, the discussions
 * it convened (through the meeting module), and what they decided: a section 47 enquiry with its outcome due, a complex
 * strategy meeting, a review, or no further strategy work. Every change goes through {@link StrategyCommand}'s table.
 */
@Table("strategy_case")
public class StrategyCase implements WorkflowItem {

    @Id
    private Long id;
    private StrategyStatus status;
    private String concern;
    private String referrerName;
    private Long referrerAgencyId;
    private String referrerEmail;
    private Long referrerPersonId;
    private String raisedBy;
    private Instant raisedAt;
    private Long chairId;
    private String complexReason;
    private Instant markedComplexAt;
    private Long complexMeetingId;
    private Long enquiryMeetingId;
    private Instant enquiryStartedAt;
    private Long icpcActionId;
    private Instant outcomeDueBy;
    private String outcome;
    private Instant outcomeRecordedAt;
    private Instant outcomeLateEscalatedAt;
    private Instant closedAt;
    private String cancelReason;
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    @Version
    private int version;

    protected StrategyCase() {
    }

    static StrategyCase raised(String concern, String referrerName, Long referrerAgencyId, String referrerEmail, Long referrerPersonId,
                               Long chairId, String raisedBy, Instant raisedAt) {
        StrategyCase c = new StrategyCase();
        c.status = StrategyStatus.OPEN;
        c.concern = concern;
        c.referrerName = referrerName;
        c.referrerAgencyId = referrerAgencyId;
        c.referrerEmail = referrerEmail;
        c.referrerPersonId = referrerPersonId;
        c.chairId = chairId;
        c.raisedBy = raisedBy;
        c.raisedAt = raisedAt;
        return c;
    }

    private void apply(StrategyCommand command) {
        status = command.from(status);
    }

    void assignChair(long personId) {
        apply(StrategyCommand.ASSIGN_CHAIR);
        chairId = personId;
    }

    void requestDiscussion() {
        apply(StrategyCommand.REQUEST_DISCUSSION);
    }

    void markComplex(String reason, Instant now, long meetingId) {
        apply(StrategyCommand.MARK_COMPLEX);
        complexReason = reason;
        markedComplexAt = now;
        complexMeetingId = meetingId;
    }

    void requestReview() {
        apply(StrategyCommand.REQUEST_REVIEW);
    }

    void startEnquiry(long meetingId, Instant startedAt, Instant outcomeDueBy) {
        apply(StrategyCommand.START_ENQUIRY);
        this.enquiryMeetingId = meetingId;
        this.enquiryStartedAt = startedAt;
        this.outcomeDueBy = outcomeDueBy;
    }

    void icpcActionRaised(long actionId) {
        icpcActionId = actionId;
    }

    void close(Instant now) {
        apply(StrategyCommand.CLOSE);
        closedAt = now;
    }

    void recordOutcome(String outcome, Instant now) {
        apply(StrategyCommand.RECORD_OUTCOME);
        this.outcome = outcome;
        this.outcomeRecordedAt = now;
        this.closedAt = now;
    }

    void cancel(String reason, Instant now) {
        apply(StrategyCommand.CANCEL);
        cancelReason = reason;
        closedAt = now;
    }

    void outcomeLateEscalated(Instant now) {
        outcomeLateEscalatedAt = now;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isComplex() {
        return markedComplexAt != null;
    }

    public boolean allows(StrategyCommand command) {
        return command.allowedIn(status);
    }

    public Long getId() { return id; }
    public StrategyStatus getStatus() { return status; }
    public String getConcern() { return concern; }
    public String getReferrerName() { return referrerName; }
    public Long getReferrerAgencyId() { return referrerAgencyId; }
    public String getReferrerEmail() { return referrerEmail; }
    public Long getReferrerPersonId() { return referrerPersonId; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public Long getChairId() { return chairId; }
    public String getComplexReason() { return complexReason; }
    public Instant getMarkedComplexAt() { return markedComplexAt; }
    public Long getComplexMeetingId() { return complexMeetingId; }
    public Long getEnquiryMeetingId() { return enquiryMeetingId; }
    public Instant getEnquiryStartedAt() { return enquiryStartedAt; }
    public Long getIcpcActionId() { return icpcActionId; }
    public Instant getOutcomeDueBy() { return outcomeDueBy; }
    public String getOutcome() { return outcome; }
    public Instant getOutcomeRecordedAt() { return outcomeRecordedAt; }
    public Instant getOutcomeLateEscalatedAt() { return outcomeLateEscalatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getCancelReason() { return cancelReason; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
}
