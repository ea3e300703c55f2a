package org.convene.meeting;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, Long> {

    @Query("select * from invitation where meeting_id = :meetingId and removed_at is null order by id")
    List<Invitation> findActiveByMeeting(long meetingId);

    @Query("select * from invitation where meeting_id = :meetingId order by id")
    List<Invitation> findAllByMeeting(long meetingId);

    /** The invitations a person may act on: addressed to them, or to their agency's duty inbox. */
    @Query("select * from invitation where removed_at is null and (person_id = :personId or (person_id is null and delegate_of_id is null and contact = 'EMAIL' and agency_id = :agencyId)) order by id desc")
    List<Invitation> findActiveFor(long personId, long agencyId);
}
