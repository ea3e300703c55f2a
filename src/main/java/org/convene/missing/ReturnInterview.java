package org.convene.missing;

import java.time.Instant;
import java.util.Set;
import org.convene.shared.IdList;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The return home interview offered after a return (reference §3.2, §3.4): who does it (a person, or a service such as
 * a commissioned charity), when it is due, how the offer went, its record, and the alerts and breach of its timescale.
 * The restricted part of the record (exploitation indicators, the child's own words, harm suffered) is read only by the
 * agencies named, the coordinator and auditors.
 */
@Table("return_interview")
public class ReturnInterview {

    @Id
    private Long id;
    private long episodeId;
    private InterviewStatus status;
    private Instant dueBy;
    private Long assigneePersonId;
    private Long assigneeAgencyId;
    private Instant offeredAt;
    private Instant declinedAt;
    private boolean carersOffered;
    private Instant completedAt;
    private String notOfferedReason;
    private Instant assigneeAlertedAt;
    private Instant managerAlertedAt;
    private Instant breachedAt;
    private String pushPullFactors;
    private String whereAndWithWhom;
    private String travelAndReturn;
    private String supportWanted;
    private String referralsMade;
    private String sharedWith;
    private String exploitationIndicators;
    private String childWords;
    private String harmSuffered;
    private String restrictedTo;
    private String recordedBy;
    @Version
    private int version;

    protected ReturnInterview() {
    }

    static ReturnInterview toOffer(long episodeId, Instant dueBy) {
        ReturnInterview i = new ReturnInterview();
        i.episodeId = episodeId;
        i.status = InterviewStatus.TO_OFFER;
        i.dueBy = dueBy;
        return i;
    }

    private void apply(InterviewCommand command) {
        status = command.from(status);
    }

    void assign(Long personId, Long agencyId) {
        apply(InterviewCommand.ASSIGN);
        assigneePersonId = personId;
        assigneeAgencyId = agencyId;
    }

    void offer(Instant at) {
        apply(InterviewCommand.OFFER);
        offeredAt = at;
    }

    void accept() {
        apply(InterviewCommand.ACCEPT);
    }

    void decline(Instant at, boolean carersOffered) {
        apply(InterviewCommand.DECLINE);
        declinedAt = at;
        this.carersOffered = carersOffered;
    }

    void notOffered(String reason) {
        apply(InterviewCommand.NOT_OFFER);
        notOfferedReason = reason;
    }

    void record(InterviewRecord record, String by) {
        apply(InterviewCommand.RECORD);
        pushPullFactors = record.pushPullFactors();
        whereAndWithWhom = record.whereAndWithWhom();
        travelAndReturn = record.travelAndReturn();
        supportWanted = record.supportWanted();
        referralsMade = record.referralsMade();
        sharedWith = record.sharedWith();
        exploitationIndicators = record.exploitationIndicators();
        childWords = record.childWords();
        harmSuffered = record.harmSuffered();
        restrictedTo = IdList.join(record.restrictedTo());
        recordedBy = by;
    }

    /** Completing an interview never offered first counts it as offered when it was held. */
    void complete(Instant at) {
        apply(InterviewCommand.COMPLETE);
        if (offeredAt == null) {
            offeredAt = at;
        }
        completedAt = at;
    }

    void assigneeAlerted(Instant at) {
        assigneeAlertedAt = at;
    }

    void managerAlerted(Instant at) {
        managerAlertedAt = at;
    }

    void breached(Instant at) {
        breachedAt = at;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean allows(InterviewCommand command) {
        return command.allowedIn(status);
    }

    public boolean offeredInTime() {
        return offeredAt != null && !offeredAt.isAfter(dueBy);
    }

    public boolean completedInTime() {
        return completedAt != null && !completedAt.isAfter(dueBy);
    }

    public Set<Long> restrictedToAgencies() {
        return IdList.parse(restrictedTo);
    }

    @Override
    public String toString() {
        return "ReturnInterview[id=" + id + "]";
    }

    public Long getId() { return id; }
    public long getEpisodeId() { return episodeId; }
    public InterviewStatus getStatus() { return status; }
    public Instant getDueBy() { return dueBy; }
    public Long getAssigneePersonId() { return assigneePersonId; }
    public Long getAssigneeAgencyId() { return assigneeAgencyId; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getDeclinedAt() { return declinedAt; }
    public boolean isCarersOffered() { return carersOffered; }
    public Instant getCompletedAt() { return completedAt; }
    public String getNotOfferedReason() { return notOfferedReason; }
    public Instant getAssigneeAlertedAt() { return assigneeAlertedAt; }
    public Instant getManagerAlertedAt() { return managerAlertedAt; }
    public Instant getBreachedAt() { return breachedAt; }
    public String getPushPullFactors() { return pushPullFactors; }
    public String getWhereAndWithWhom() { return whereAndWithWhom; }
    public String getTravelAndReturn() { return travelAndReturn; }
    public String getSupportWanted() { return supportWanted; }
    public String getReferralsMade() { return referralsMade; }
    public String getSharedWith() { return sharedWith; }
    public String getExploitationIndicators() { return exploitationIndicators; }
    public String getChildWords() { return childWords; }
    public String getHarmSuffered() { return harmSuffered; }
    public String getRestrictedTo() { return restrictedTo; }
    public String getRecordedBy() { return recordedBy; }
}
