package org.convene.locality;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which subjects are on a date's agenda: those referred to it, and those under review from earlier referrals. */
@Component
class AgendaSubjects {

    private final LocalityReferralRepository referrals;
    private final ReviewEndRepository reviewEnds;

    AgendaSubjects(LocalityReferralRepository referrals, ReviewEndRepository reviewEnds) {
        this.referrals = referrals;
        this.reviewEnds = reviewEnds;
    }

    /** The subjects on a date's agenda, by id: those referred to it, then those under review at it. */
    @Transactional(readOnly = true)
    List<Long> at(long seriesId, LocalDate date) {
        Set<Long> ids = new LinkedHashSet<>();
        referrals.findForMeeting(seriesId, date).forEach(r -> ids.add(r.subjectId()));
        ids.addAll(underReviewAt(seriesId, date, reviewEnds.findUpTo(seriesId, date)).keySet());
        return List.copyOf(ids);
    }

    /**
     * Whether a subject is on the agenda of a date of the series, for each date asked: referred to it, or referred to an
     * earlier date with no review ended from that referral's date until before it. Reads the subject's own referrals
     * and review ends once, however many dates are asked.
     */
    @Transactional(readOnly = true)
    Predicate<LocalDate> datesOf(long seriesId, long subjectId) {
        List<LocalDate> referred = referrals.findBySeriesAndSubject(seriesId, subjectId).stream().map(LocalityReferral::meetingDate).toList();
        List<LocalDate> ended = reviewEnds.findBySeriesIdAndSubjectId(seriesId, subjectId).stream().map(ReviewEnd::meetingDate).toList();
        return date -> referred.stream().anyMatch(from -> from.equals(date)
                || from.isBefore(date) && ended.stream().noneMatch(end -> !end.isBefore(from) && end.isBefore(date)));
    }

    /**
     * The subjects under review at a date, each with the date it was referred for: referred to an earlier date and not
     * ended since (a review ended at or after a referral's date ends that referral's review). {@code ends} are the
     * series' review ends up to the date; those at the date itself count from the next one.
     */
    Map<Long, LocalDate> underReviewAt(long seriesId, LocalDate date, List<ReviewEnd> ends) {
        Map<Long, LocalDate> lastEnded = new HashMap<>();
        ends.stream().filter(end -> end.meetingDate().isBefore(date))
                .forEach(end -> lastEnded.merge(end.subjectId(), end.meetingDate(), (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, LocalDate> under = new LinkedHashMap<>();
        for (LocalityReferral referral : referrals.findBefore(seriesId, date)) {
            LocalDate ended = lastEnded.get(referral.subjectId());
            if (ended == null || ended.isBefore(referral.meetingDate())) {
                under.putIfAbsent(referral.subjectId(), referral.meetingDate());
            }
        }
        return under;
    }
}
