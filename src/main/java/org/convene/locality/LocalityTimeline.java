package org.convene.locality;

import java.util.ArrayList;
import java.util.List;
import org.convene.calendar.CouncilTime;
import org.convene.subject.CaseRef;
import org.convene.subject.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A subject's referrals to a locality's meeting, on its page, for those who may see that locality's series. */
@Component
class LocalityTimeline implements TimelineEntry.Source {

    private final LocalityReferralRepository referrals;
    private final LocalityService localities;
    private final CouncilTime dates;

    LocalityTimeline(LocalityReferralRepository referrals, LocalityService localities, CouncilTime dates) {
        this.referrals = referrals;
        this.localities = localities;
        this.dates = dates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesAbout(List<CaseRef> about, String username) {
        List<TimelineEntry> entries = new ArrayList<>();
        about.stream().filter(c -> LocalityService.CASE_TYPE.equals(c.caseType()) && localities.mayView(username, c.caseId())).forEach(c -> {
            String locality = localities.localityName(c.caseId());
            referrals.findBySeriesAndSubject(c.caseId(), c.subjectId()).forEach(r -> entries.add(new TimelineEntry(r.referredAt(),
                    "Locality meeting", "Referred to the " + locality + " locality meeting of " + dates.date(r.meetingDate())
                    + (r.urgent() ? " (urgent)" : ""), "/localities/" + c.caseId() + "/dates/" + r.meetingDate(), false)));
        });
        return entries;
    }
}
