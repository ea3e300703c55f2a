package org.convene.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OutboxMailRepository extends ListCrudRepository<OutboxMail, Long> {

    /**
     * Mails to send now: those waiting, and failed ones the server never refused (retried at the longest wait, and at
     * once when a mail gets through), unless someone has dealt with them another way.
     */
    @Query("""
            select * from outbox_mail
            where next_attempt_at <= :now
              and (status = 'PENDING' or status = 'FAILED' and failure = 'UNREACHABLE' and dealt_with_at is null)
            order by id limit :limit""")
    List<OutboxMail> findDue(Instant now, int limit);

    List<OutboxMail> findAllByOrderByIdDesc(Limit limit);

    List<OutboxMail> findByStatusOrderByIdDesc(OutboxStatus status, Limit limit);

    List<OutboxMail> findByRecipientOrderById(String recipient);

    @Query("select * from outbox_mail where follow_up_person_id = :personId and status = 'FAILED' and dealt_with_at is null order by id")
    List<OutboxMail> findAwaitingFollowUpBy(long personId);

    @Query("select count(*) from outbox_mail where follow_up_person_id = :personId and status = 'FAILED' and dealt_with_at is null")
    int countAwaitingFollowUpBy(long personId);

    long countByStatus(OutboxStatus status);

    /**
     * Claims a mail for sending, for {@code owner} until {@code until}; 0 rows means another dispatcher has it, or it
     * was dealt with meanwhile.
     */
    @Modifying
    @Query("""
            update outbox_mail set status = 'SENDING', claimed_by = :owner, claimed_until = :until
            where id = :id and status in ('PENDING', 'FAILED') and dealt_with_at is null""")
    int claim(long id, String owner, Instant until);

    @Modifying
    @Query("""
            update outbox_mail set status = 'SENT', sent_at = :sentAt, attempts = attempts + 1, last_error = null, failure = null,
                claimed_by = null, claimed_until = null
            where id = :id""")
    void markSent(long id, Instant sentAt);

    @Modifying
    @Query("""
            update outbox_mail set status = :status, attempts = attempts + 1, next_attempt_at = :nextAttemptAt,
                last_error = :error, failure = :failure, claimed_by = null, claimed_until = null
            where id = :id""")
    void markFailedAttempt(long id, OutboxStatus status, Instant nextAttemptAt, String error, MailFailure failure);

    /** The server is back: every mail that failed only because it was away is tried again now. */
    @Modifying
    @Query("update outbox_mail set next_attempt_at = :now where status = 'FAILED' and failure = 'UNREACHABLE' and dealt_with_at is null and next_attempt_at > :now")
    int retryUnreachable(Instant now);

    /** Back to the queue with every attempt to come, as a new mail would be (its Message-ID kept). */
    @Modifying
    @Query("""
            update outbox_mail set status = 'PENDING', attempts = 0, next_attempt_at = :now, failure = null,
                dealt_with_at = null, dealt_with_by = null
            where id = :id and status = 'FAILED'""")
    int resend(long id, Instant now);

    @Modifying
    @Query("update outbox_mail set dealt_with_at = :at, dealt_with_by = :by where id = :id and status = 'FAILED' and dealt_with_at is null")
    int dealtWith(long id, Instant at, String by);

    /**
     * Mails whose sender stopped mid-send go back to the queue once its lease has run out; a mail that another replica
     * is sending now is left to it.
     */
    @Modifying
    @Query("update outbox_mail set status = 'PENDING', claimed_by = null, claimed_until = null where status = 'SENDING' and claimed_until < :now")
    int releaseExpiredClaims(Instant now);
}
