package org.convene.family;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.calendar.Timescale;
import org.convene.calendar.Timescales;
import org.convene.directory.AgencyKind;
import org.convene.directory.Person;
import org.convene.meeting.Meeting;
import org.convene.meeting.MeetingKind;
import org.convene.subject.Subject;
import org.convene.subject.Subjects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meetings a family's referral convenes, each chaired by its coordinator: the baseline meeting with the referrer and
 * their manager, the family network meeting, and the review of the plan. Children's social care must be there. Family
 * members are not invitees of these meetings: the referral keeps how each was invited and what they answered, and
 * writes to them in plain words.
 */
@Configuration
class FamilyMeetingKinds {

    static final String BASELINE = "FAMILY_BASELINE_MEETING";
    static final String NETWORK = "FAMILY_NETWORK_MEETING";
    static final String REVIEW = "FAMILY_REVIEW_MEETING";
    static final String CONFIDENTIALITY = """
            This meeting is for the family to make a plan to keep the child safe. What is said here stays with the people \
            here, unless someone is at risk of harm. During private family time the professionals leave, and nothing the \
            family says then is written down.""";
    static final String PRIVATE_TIME_RUNS = "Private family time is going on: nothing of the meeting is recorded until it ends. Record the family's "
            + "decisions after it.";

    @Bean
    MeetingKind familyBaselineMeeting(FamilyReferralRepository referrals, Subjects subjects, Timescales timescales) {
        return new FamilyMeetingKind(BASELINE, "Family baseline meeting", "agenda/family-baseline-meeting.txt.ftl", null, referrals, subjects, timescales);
    }

    @Bean
    MeetingKind familyNetworkMeeting(FamilyReferralRepository referrals, Subjects subjects, Timescales timescales) {
        return new FamilyMeetingKind(NETWORK, "Family network meeting", "agenda/family-network-meeting.txt.ftl", CONFIDENTIALITY, referrals, subjects,
                timescales);
    }

    @Bean
    MeetingKind familyReviewMeeting(FamilyReferralRepository referrals, Subjects subjects, Timescales timescales) {
        return new FamilyMeetingKind(REVIEW, "Family plan review", "agenda/family-review-meeting.txt.ftl", null, referrals, subjects, timescales);
    }

    private record FamilyMeetingKind(String type, String label, String agendaTemplate, String confidentialityStatement,
                                     FamilyReferralRepository referrals, Subjects subjects, Timescales timescales) implements MeetingKind {

        @Override
        public String caseType() {
            return FamilyService.CASE_TYPE;
        }

        @Override
        public Set<AgencyKind> requiredAgencies() {
            return EnumSet.of(AgencyKind.SOCIAL_CARE);
        }

        @Override
        public Timescale minutesDue() {
            return timescales.familyMeetingMinutes();
        }

        @Override
        public Optional<String> closedToRecording(Meeting meeting) {
            if (!type.equals(NETWORK)) {
                return Optional.empty();
            }
            return referrals.findById(meeting.getCaseId()).filter(referral -> referral.getStatus() == FamilyStatus.PRIVATE_TIME)
                    .map(referral -> PRIVATE_TIME_RUNS);
        }

        @Override
        public CaseSummary caseOf(long caseId) {
            referrals.findById(caseId).orElseThrow();
            return new CaseSummary("Family referral " + caseId, "/family/" + caseId, "Family network meeting for "
                    + String.join(", ", subjects.ofCase(FamilyService.CASE_TYPE, caseId).stream().map(Subject::name).toList()));
        }

        @Override
        public Set<Long> caseViewers(long caseId) {
            Set<Long> viewers = new HashSet<>();
            referrals.findById(caseId).ifPresent(referral -> viewers.add(referral.getReferrerId()));
            return viewers;
        }

        @Override
        public List<Long> casesViewedBy(Person person) {
            return referrals.findIdsReferredBy(person.id());
        }

        @Override
        public List<MinutesRecipient> alsoTold(long caseId) {
            return List.of();
        }
    }
}
