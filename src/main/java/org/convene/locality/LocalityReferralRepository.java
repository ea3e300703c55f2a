package org.convene.locality;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface LocalityReferralRepository extends ListCrudRepository<LocalityReferral, Long> {

    @Query("select * from locality_referral where series_id = :seriesId and meeting_date = :meetingDate order by urgent desc, referred_at, id")
    List<LocalityReferral> findForMeeting(long seriesId, LocalDate meetingDate);

    /** Every referral to the series before a date: its subjects are under review at that date's meeting. */
    @Query("select * from locality_referral where series_id = :seriesId and meeting_date < :meetingDate order by meeting_date, id")
    List<LocalityReferral> findBefore(long seriesId, LocalDate meetingDate);

    @Query("select * from locality_referral where series_id = :seriesId and subject_id = :subjectId order by meeting_date, id")
    List<LocalityReferral> findBySeriesAndSubject(long seriesId, long subjectId);
}
