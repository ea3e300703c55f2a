package org.convene.locality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
     * Whether a subject is on the agenda of a date of the series, for each date asked: referred to it, or still under
     * review from an earlier referral. Reads the subject's own referrals and review ends once, however many dates are
     * asked.
     */
    @Transactional(readOnly = true)
    Predicate<LocalDate> datesOf(long seriesId, long subjectId) {
        List<LocalDate> referred = referrals.findBySeriesAndSubject(seriesId, subjectId).stream().map(LocalityReferral::meetingDate).toList();
        List<LocalDate> ended = reviewEnds.findBySeriesIdAndSubjectId(seriesId, subjectId).stream().map(ReviewEnd::meetingDate).toList();
        return date -> referred.stream().anyMatch(from -> from.equals(date) || underReviewFrom(from, date, ended));
    }

    /**
     * The subjects under review at a date, each with the date it was referred for. {@code ends} are the series' review
     * ends up to the date.
     */
    Map<Long, LocalDate> underReviewAt(long seriesId, LocalDate date, List<ReviewEnd> ends) {
        Map<Long, List<LocalDate>> endedBySubject = ends.stream()
                .collect(Collectors.groupingBy(ReviewEnd::subjectId, Collectors.mapping(ReviewEnd::meetingDate, Collectors.toList())));
        Map<Long, LocalDate> under = new LinkedHashMap<>();
        for (LocalityReferral referral : referrals.findBefore(seriesId, date)) {
            if (underReviewFrom(referral.meetingDate(), date, endedBySubject.getOrDefault(referral.subjectId(), List.of()))) {
                under.putIfAbsent(referral.subjectId(), referral.meetingDate());
            }
        }
        return under;
    }

    /**
     * Whether a referral to the date {@code referredFor} keeps its subject under review at a later {@code date}: no review
     * of the subject ended at or after the referral's date and before this one (an end recorded at a date counts from
     * the next). {@code endedAt} are the dates at which the subject's reviews ended.
     */
    private static boolean underReviewFrom(LocalDate referredFor, LocalDate date, List<LocalDate> endedAt) {
        return referredFor.isBefore(date) && endedAt.stream().noneMatch(end -> !end.isBefore(referredFor) && end.isBefore(date));
    }
}
