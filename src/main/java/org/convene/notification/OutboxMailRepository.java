package org.convene.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OutboxMailRepository extends ListCrudRepository<OutboxMail, Long> {

    List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderById(OutboxStatus status, Instant now, Limit limit);

    List<OutboxMail> findAllByOrderByIdDesc(Limit limit);

    List<OutboxMail> findByStatusOrderByIdDesc(OutboxStatus status, Limit limit);

    List<OutboxMail> findByRecipientOrderById(String recipient);

    long countByStatus(OutboxStatus status);

    /** Claims a mail for sending; 0 rows means another dispatcher has it. */
    @Modifying
    @Query("update outbox_mail set status = 'SENDING' where id = :id and status = 'PENDING'")
    int claim(long id);

    @Modifying
    @Query("update outbox_mail set status = 'SENT', sent_at = :sentAt, attempts = attempts + 1, last_error = null where id = :id")
    void markSent(long id, Instant sentAt);

    @Modifying
    @Query("update outbox_mail set status = :status, attempts = attempts + 1, next_attempt_at = :nextAttemptAt, last_error = :error where id = :id")
    void markFailedAttempt(long id, OutboxStatus status, Instant nextAttemptAt, String error);

    /** After a crash, mails left mid-send go back to the queue. */
    @Modifying
    @Query("update outbox_mail set status = 'PENDING' where status = 'SENDING'")
    int releaseInterrupted();
}
