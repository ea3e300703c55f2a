package org.convene.strategy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.calendar.Timescale;
import org.convene.calendar.Timescales;
import org.convene.directory.AgencyKind;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.meeting.MeetingKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meetings a concern convenes: strategy discussions (the first, another, and reviews) and the complex strategy
 * meeting. Both need children's social care, police and health (reference §2.2), have the confidentiality statement read
 * at the start, and circulate their minutes within the strategy record's timescale, to the referrer as well.
 */
@Configuration
class StrategyMeetingKinds {

    static final String DISCUSSION = "STRATEGY_DISCUSSION";
    static final String COMPLEX = "COMPLEX_STRATEGY_MEETING";
    static final String CONFIDENTIALITY = """
            What is shared in this meeting is shared to keep children safe. It is confidential: it may be used only for that \
            purpose, and shared outside this meeting only as the minutes record, with those who need it. Information from the \
            police or from health that is restricted in the minutes stays with the agencies it names.""";

    @Bean
    MeetingKind strategyDiscussion(StrategyCaseRepository cases, Directory directory, Timescales timescales) {
        return new StrategyMeetingKind(DISCUSSION, "Strategy discussion", "agenda/strategy-discussion.txt.ftl", cases, directory, timescales);
    }

    @Bean
    MeetingKind complexStrategyMeeting(StrategyCaseRepository cases, Directory directory, Timescales timescales) {
        return new StrategyMeetingKind(COMPLEX, "Complex strategy meeting", "agenda/complex-strategy-meeting.txt.ftl", cases, directory, timescales);
    }

    private record StrategyMeetingKind(String type, String label, String agendaTemplate, StrategyCaseRepository cases, Directory directory,
                                       Timescales timescales) implements MeetingKind {

        @Override
        public String caseType() {
            return StrategyService.CASE_TYPE;
        }

        @Override
        public Set<AgencyKind> requiredAgencies() {
            return EnumSet.of(AgencyKind.SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH);
        }

        @Override
        public String confidentialityStatement() {
            return CONFIDENTIALITY;
        }

        @Override
        public Timescale minutesDue() {
            return timescales.strategyRecordCirculated();
        }

        @Override
        public CaseSummary caseOf(long caseId) {
            StrategyCase strategy = cases.findById(caseId).orElseThrow();
            return new CaseSummary("Concern " + caseId, "/strategy/" + caseId, strategy.getConcern());
        }

        @Override
        public Set<Long> caseViewers(long caseId) {
            Set<Long> viewers = new HashSet<>();
            cases.findById(caseId).ifPresent(strategy -> {
                directory.personByUsername(strategy.getRaisedBy()).ifPresent(raiser -> viewers.add(raiser.id()));
                if (strategy.getReferrerPersonId() != null) {
                    viewers.add(strategy.getReferrerPersonId());
                }
            });
            return viewers;
        }

        @Override
        public List<Long> casesViewedBy(Person person) {
            return cases.findIdsRaisedOrReferredBy(person.username(), person.id());
        }

        @Override
        public List<MinutesRecipient> alsoTold(long caseId) {
            return cases.findById(caseId).filter(strategy -> strategy.getReferrerEmail() != null)
                    .map(strategy -> List.of(new MinutesRecipient(strategy.getReferrerEmail(), strategy.getReferrerPersonId() != null)))
                    .orElse(List.of());
        }
    }
}
