package org.convene.missing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.convene.workflow.WorkflowItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A child reported missing: who reported it, from where and when, its risk grade (each grading kept apart), the rungs
 * of escalation already done while the child is missing, and how it ended: a return (followed by a return home
 * interview) or a closure as not missing. Every change goes through {@link EpisodeCommand}'s table.
 */
@Table("missing_episode")
public class MissingEpisode implements WorkflowItem {

    @Id
    private Long id;
    private long subjectId;
    private EpisodeStatus status;
    private ReporterKind reporterKind;
    private String reporterName;
    private String policeReference;
    private MissingFrom missingFrom;
    private String missingFromDetail;
    private Instant lastSeenAt;
    private Instant reportedAt;
    private boolean lookedAfter;
    private boolean childProtectionPlan;
    private Long planChairId;
    private String exploitationConcerns;
    private RiskGrade riskGrade;
    private Long socialWorkerId;
    private Long coordinatorId;
    private String loggedBy;
    private Instant loggedAt;
    private Instant seniorManagerToldAt;
    private Instant designatedManagerToldAt;
    private Instant conferenceAlertedAt;
    private int meetingsRequested;
    private Instant returnedAt;
    private String returnWhere;
    private ReturnHow returnHow;
    private String returnBy;
    private Instant closedAt;
    private ClosedAs closeReason;
    private String closeNote;
    private Long strategyCaseId;
    /** Written only by its repository's {@code recordProcessInstance}, never by a save. */
    @ReadOnlyProperty
    private Long processInstanceKey;
    @Version
    private int version;

    protected MissingEpisode() {
    }

    static MissingEpisode reported(long subjectId, NewEpisode report, String loggedBy, Instant now) {
        MissingEpisode e = new MissingEpisode();
        e.subjectId = subjectId;
        e.status = EpisodeStatus.MISSING;
        e.reporterKind = report.reporterKind();
        e.reporterName = report.reporterName();
        e.policeReference = report.policeReference();
        e.missingFrom = report.missingFrom();
        e.missingFromDetail = report.missingFromDetail();
        e.lastSeenAt = stored(report.lastSeenAt());
        e.reportedAt = stored(report.reportedAt());
        e.lookedAfter = Boolean.TRUE.equals(report.lookedAfter());
        e.childProtectionPlan = Boolean.TRUE.equals(report.childProtectionPlan());
        e.planChairId = report.planChairId();
        e.exploitationConcerns = report.exploitationConcerns();
        e.riskGrade = report.riskGrade();
        e.socialWorkerId = report.socialWorkerId();
        e.coordinatorId = report.coordinatorId();
        e.loggedBy = loggedBy;
        e.loggedAt = now;
        return e;
    }

    /** As the database keeps it (to the microsecond), so that a time compared before and after saving compares the same. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private void apply(EpisodeCommand command) {
        status = command.from(status);
    }

    void regrade(RiskGrade grade) {
        apply(EpisodeCommand.REGRADE);
        riskGrade = grade;
    }

    void checkUpdate() {
        apply(EpisodeCommand.ADD_UPDATE);
    }

    void assignCoordinator(long personId) {
        apply(EpisodeCommand.ASSIGN_COORDINATOR);
        coordinatorId = personId;
    }

    void recordReturn(Instant at, String where, ReturnHow how, String by) {
        apply(EpisodeCommand.RECORD_RETURN);
        returnedAt = stored(at);
        returnWhere = where;
        returnHow = how;
        returnBy = by;
    }

    void close(ClosedAs as, String note, Instant now) {
        apply(EpisodeCommand.CLOSE);
        closeReason = as;
        closeNote = note;
        closedAt = now;
    }

    void seniorManagerTold(Instant now) {
        seniorManagerToldAt = now;
    }

    void designatedManagerTold(Instant now) {
        designatedManagerToldAt = now;
    }

    void conferenceAlerted(Instant now) {
        conferenceAlertedAt = now;
    }

    void meetingRequested() {
        meetingsRequested++;
    }

    void strategyDiscussionRaised(long caseId) {
        strategyCaseId = caseId;
    }

    public boolean isMissing() {
        return status == EpisodeStatus.MISSING;
    }

    public boolean allows(EpisodeCommand command) {
        return command.allowedIn(status);
    }

    /** High risk or known exploitation concerns: a strategy discussion is offered in one click. */
    public boolean needsStrategyDiscussion() {
        return riskGrade == RiskGrade.HIGH || (exploitationConcerns != null && !exploitationConcerns.isBlank());
    }

    @Override
    public String toString() {
        return "MissingEpisode[id=" + id + "]";
    }

    public Long getId() { return id; }
    public long getSubjectId() { return subjectId; }
    public EpisodeStatus getStatus() { return status; }
    public ReporterKind getReporterKind() { return reporterKind; }
    public String getReporterName() { return reporterName; }
    public String getPoliceReference() { return policeReference; }
    public MissingFrom getMissingFrom() { return missingFrom; }
    public String getMissingFromDetail() { return missingFromDetail; }
    public Instant getLastSeenAt() { return lastSeenAt; }
    public Instant getReportedAt() { return reportedAt; }
    public boolean isLookedAfter() { return lookedAfter; }
    public boolean isChildProtectionPlan() { return childProtectionPlan; }
    public Long getPlanChairId() { return planChairId; }
    public String getExploitationConcerns() { return exploitationConcerns; }
    public RiskGrade getRiskGrade() { return riskGrade; }
    public Long getSocialWorkerId() { return socialWorkerId; }
    public Long getCoordinatorId() { return coordinatorId; }
    public String getLoggedBy() { return loggedBy; }
    public Instant getLoggedAt() { return loggedAt; }
    public Instant getSeniorManagerToldAt() { return seniorManagerToldAt; }
    public Instant getDesignatedManagerToldAt() { return designatedManagerToldAt; }
    public Instant getConferenceAlertedAt() { return conferenceAlertedAt; }
    public int getMeetingsRequested() { return meetingsRequested; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnWhere() { return returnWhere; }
    public ReturnHow getReturnHow() { return returnHow; }
    public String getReturnBy() { return returnBy; }
    public Instant getClosedAt() { return closedAt; }
    public ClosedAs getCloseReason() { return closeReason; }
    public String getCloseNote() { return closeNote; }
    public Long getStrategyCaseId() { return strategyCaseId; }
    @Override
    public Long getProcessInstanceKey() { return processInstanceKey; }
}
