package org.convene.briefing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.convene.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One incident in the log: what happened, when and where, who reported it, and the briefing's triage of it (the
 * decision, who made it, and what it led to: a strategy discussion, an action, a locality meeting, a subject under
 * review). Triaged once; an incident still untriaged when its triage falls due is flagged once to the team manager.
 */
@Table("incident")
public class Incident {

    @Id
    private Long id;
    private String policeReference;
    private Instant occurredAt;
    private IncidentKind kind;
    private String circumstances;
    private String location;
    private long reportingAgencyId;
    private IncidentSource source;
    private String loggedBy;
    private Instant loggedAt;
    private Instant triageDueBy;
    private TriageDecision decision;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;
    private Long strategyCaseId;
    private Long actionId;
    private Long localityId;
    private Long subjectId;
    private Instant flaggedAt;
    @Version
    private int version;

    protected Incident() {
    }

    static Incident logged(NewIncident report, IncidentSource source, String loggedBy, Instant now, Instant triageDueBy) {
        Incident i = new Incident();
        i.policeReference = report.policeReference().trim();
        i.occurredAt = report.occurredAt().truncatedTo(ChronoUnit.MICROS);
        i.kind = report.kind();
        i.circumstances = report.circumstances().trim();
        i.location = report.location() == null || report.location().isBlank() ? null : report.location().trim();
        i.reportingAgencyId = report.reportingAgencyId();
        i.source = source;
        i.loggedBy = loggedBy;
        i.loggedAt = now.truncatedTo(ChronoUnit.MICROS);
        i.triageDueBy = triageDueBy;
        return i;
    }

    /** The briefing's decision. What it led to (a case, an action, a locality, a subject) is given with it. */
    void triage(TriageDecision decision, String note, String by, Instant at, Long strategyCaseId, Long actionId, Long localityId, Long subjectId) {
        if (isTriaged()) {
            throw new ConflictException("This incident has already been triaged.");
        }
        this.decision = decision;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
        this.strategyCaseId = strategyCaseId;
        this.actionId = actionId;
        this.localityId = localityId;
        this.subjectId = subjectId;
    }

    void flagged(Instant at) {
        flaggedAt = at;
    }

    public boolean isTriaged() {
        return decision != null;
    }

    public Long getId() {
        return id;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public String getLocation() {
        return location;
    }

    public long getReportingAgencyId() {
        return reportingAgencyId;
    }

    public IncidentSource getSource() {
        return source;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public Instant getTriageDueBy() {
        return triageDueBy;
    }

    public TriageDecision getDecision() {
        return decision;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getStrategyCaseId() {
        return strategyCaseId;
    }

    public Long getActionId() {
        return actionId;
    }

    public Long getLocalityId() {
        return localityId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    /** Its reference only: its circumstances can name a child, and this is what exception messages and logs quote. */
    @Override
    public String toString() {
        return "Incident[id=" + id + "]";
    }
}
