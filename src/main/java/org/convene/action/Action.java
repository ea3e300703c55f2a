package org.convene.action;

import java.time.Instant;
import java.time.LocalDate;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something someone must do by a date, owned by a person or by an agency. The timestamps of the reminders,
 * the overdue notice and the escalation rung record which steps of its process have happened, so that a restarted
 * process carries on at the right step and a job delivered twice does nothing the second time.
 */
@Table("action")
public class Action implements WorkflowItem {

    @Id
    private Long id;
    private String title;
    private Long ownerPersonId;
    private Long ownerAgencyId;
    private LocalDate dueDate;
    private ActionStatus status;
    private ActionOutcome outcome;
    private String outcomeNote;
    private String cancelReason;
    private String raisedBy;
    private Instant raisedAt;
    private Instant closedAt;
    private Boolean completedOnTime;
    private Instant reminderSentAt;
    private Instant dueDayReminderSentAt;
    private Instant overdueAt;
    private int escalationLevel;
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    private Long meetingId;
    private String meetingType;
    @Version
    private int version;

    protected Action() {
    }

    static Action raise(String title, Long ownerPersonId, Long ownerAgencyId, LocalDate dueDate, String raisedBy, Instant now,
                        MeetingReference meeting) {
        Action action = new Action();
        if (meeting != null) {
            action.meetingId = meeting.meetingId();
            action.meetingType = meeting.meetingType();
        }
        action.title = title;
        action.ownerPersonId = ownerPersonId;
        action.ownerAgencyId = ownerAgencyId;
        action.dueDate = dueDate;
        action.status = ActionStatus.OPEN;
        action.raisedBy = raisedBy;
        action.raisedAt = now;
        return action;
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    void complete(ActionOutcome outcome, String note, Instant now, boolean onTime) {
        this.completedOnTime = onTime;
        this.status = ActionStatus.COMPLETED;
        this.outcome = outcome;
        this.outcomeNote = note;
        this.closedAt = now;
    }

    void cancel(String reason, Instant now) {
        this.status = ActionStatus.CANCELLED;
        this.cancelReason = reason;
        this.closedAt = now;
    }

    /** A new due date: the reminders and the ladder start again from it. */
    void reschedule(LocalDate newDueDate) {
        this.dueDate = newDueDate;
        this.reminderSentAt = null;
        this.dueDayReminderSentAt = null;
        this.overdueAt = null;
        this.escalationLevel = 0;
    }

    void reassign(Long personId, Long agencyId) {
        this.ownerPersonId = personId;
        this.ownerAgencyId = agencyId;
    }

    void remindedBeforeDue(Instant now) {
        reminderSentAt = now;
    }

    void remindedOnDueDay(Instant now) {
        dueDayReminderSentAt = now;
    }

    void markedOverdue(Instant now) {
        overdueAt = now;
    }

    void escalatedTo(int rung) {
        escalationLevel = rung;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public Long getOwnerPersonId() { return ownerPersonId; }
    public Long getOwnerAgencyId() { return ownerAgencyId; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public ActionOutcome getOutcome() { return outcome; }
    public String getOutcomeNote() { return outcomeNote; }
    public String getCancelReason() { return cancelReason; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Boolean getCompletedOnTime() { return completedOnTime; }
    public Instant getReminderSentAt() { return reminderSentAt; }
    public Instant getDueDayReminderSentAt() { return dueDayReminderSentAt; }
    public Instant getOverdueAt() { return overdueAt; }
    public int getEscalationLevel() { return escalationLevel; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
    public Long getMeetingId() { return meetingId; }
    public String getMeetingType() { return meetingType; }
}
