package org.convene.calendar;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every statutory and local timescale Convene works to, as {@code convene.timescales.*}. The defaults are those of
 * the reference document (shared/reference/safeguarding-timescales.md, §10 and the actions defaults); a council
 * sets its own. A value that is not a timescale stops start-up with a message naming the property.
 */
@Validated
@ConfigurationProperties("convene.timescales")
public record Timescales(
        // Referral and strategy discussion (§1, §2.3)
        @NotNull @DefaultValue("1 working day") Timescale referralDecision,
        @NotNull @DefaultValue("1 working day") Timescale strategyDiscussionConvened,
        @NotNull @DefaultValue("72 hours") Timescale complexStrategyMeeting,
        @NotNull @DefaultValue("1 working day") Timescale strategyRecordCirculated,
        // Invitations: a reminder before every meeting; the chair is alerted if a required agency has not accepted
        @NotNull @DefaultValue("1 working day") Timescale meetingReminder,
        @NotNull @DefaultValue("4 hours") Timescale requiredAcceptanceCheck,
        // Not in the reference: the chair is asked to record a meeting whose time has passed without it being recorded
        @NotNull @DefaultValue("1 working day") Timescale meetingRecorded,
        @NotNull @DefaultValue("15 working days") Timescale section47Outcome,
        @NotNull @DefaultValue("15 working days") Timescale initialChildProtectionConference,
        @NotNull @DefaultValue("45 working days") Timescale assessment,
        @NotNull @DefaultValue("10 working days") Timescale coreGroup,
        @NotNull @DefaultValue("3 months") Timescale reviewChildProtectionConference,
        // Missing children (§3.2)
        @NotNull @DefaultValue("72 hours") Timescale returnHomeInterview,
        @NotNull @DefaultValue("24 hours") Timescale returnHomeInterviewAssigneeAlert,
        @NotNull @DefaultValue("8 hours") Timescale returnHomeInterviewManagerAlert,
        @NotNull @DefaultValue("0 hours") Timescale highRiskMissingToSeniorManager,
        @NotNull @DefaultValue("24 hours") Timescale missingToDesignatedManager,
        @NotNull @DefaultValue("48 hours") Timescale childProtectionPlanMissingConference,
        @NotNull @DefaultValue("72 hours") Timescale missingMeeting,
        @NotNull @DefaultValue("7 days") Timescale missingMeetingRepeat,
        @NotNull @DefaultValue("24 hours") Timescale missingMeetingConvened,
        @NotNull @DefaultValue("1 working day") Timescale missingMeetingMinutes,
        @Min(1) @DefaultValue("3") int repeatMissingEpisodes,
        @NotNull @DefaultValue("3 months") Timescale repeatMissingWindow,
        // Locality meetings (§4)
        @NotNull @DefaultValue("7 days") Timescale localityMeetingCadence,
        @NotNull @DefaultValue("1 working day") Timescale localityAgendaFreeze,
        @NotNull @DefaultValue("2 days") Timescale localityReferralCutOff,
        @NotNull @DefaultValue("2 working days") Timescale localityMeetingMinutes,
        @NotNull @DefaultValue("20 working days") Timescale contextAssessment,
        // Family network meetings (§5.2)
        @NotNull @DefaultValue("2 working days") Timescale familyCoordinatorAllocation,
        @NotNull @DefaultValue("5 days") Timescale familyBaselineMeeting,
        @NotNull @DefaultValue("8 weeks") Timescale familyMeetingCompletion,
        // The meeting (and its review) convened within 10 working days of the go-ahead (Bournemouth, §5.2); the reference
        // gives no timescale for a family meeting's notes, so they follow the plan's write-up within a week.
        @NotNull @DefaultValue("10 working days") Timescale familyMeetingConvened,
        @NotNull @DefaultValue("5 working days") Timescale familyMeetingMinutes,
        // Professional disagreement (§6)
        @NotNull @DefaultValue("48 hours") Timescale escalationStage1,
        @NotNull @DefaultValue("5 working days") Timescale escalationStage2,
        @NotNull @DefaultValue("48 hours") Timescale escalationStage3,
        // Actions: reminder before the due date, escalation rungs after it
        @NotNull @DefaultValue("2 working days") Timescale actionReminder,
        @NotNull @DefaultValue("2 working days") Timescale actionFirstEscalation,
        @NotNull @DefaultValue("5 working days") Timescale actionSecondEscalation) {
}
