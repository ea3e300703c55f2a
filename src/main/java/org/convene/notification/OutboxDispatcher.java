package org.convene.notification;

import jakarta.activation.DataHandler;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.convene.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on its own thread, so that a slow or silent SMTP server never holds up the sweeps,
 * digests and timers on the application's scheduler. A mail that fails is retried with a doubling wait. After its last
 * attempt, or when the server refuses it for good, it is marked failed and becomes a task for whoever follows it up;
 * one that failed only because the server was away is still tried at the longest wait, and at once when another mail
 * gets through. With no SMTP server configured (the embedded default) nothing is sent and the mails stay readable on
 * the outbox page.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;
    private final ThreadPoolTaskScheduler thread = new ThreadPoolTaskScheduler();
    /** This running Convene, among the replicas that share the outbox. */
    private final String owner = ProcessHandle.current().pid() + "@" + hostName() + "/" + UUID.randomUUID();

    OutboxDispatcher(OutboxMailRepository mails, ObjectProvider<JavaMailSender> sender, MailProperties properties,
                     TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
        thread.setThreadNamePrefix("convene-mail-");
        thread.setWaitForTasksToCompleteOnShutdown(false);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.initialize();
        thread.scheduleWithFixedDelay(this::dispatchDue, properties.dispatchInterval());
    }

    /** Mails whose sender stopped mid-send (this replica before a restart, or another) go back to the queue. */
    int releaseExpiredClaims() {
        int released = mails.releaseExpiredClaims(clock.instant());
        if (released > 0) {
            log.warn("{} mail(s) were being sent by a Convene that stopped; they will be sent again", released);
        }
        return released;
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }

    void dispatchDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        releaseExpiredClaims();
        boolean anySent = false;
        for (OutboxMail mail : mails.findDue(clock.instant(), properties.batchSize())) {
            if (mails.claim(mail.id(), owner, clock.instant().plus(properties.claimLease())) == 1) {
                anySent |= send(smtp, mail);
            }
        }
        if (anySent) {
            int waiting = mails.retryUnreachable(clock.instant());
            if (waiting > 0) {
                log.info("The mail server is back: {} undelivered mail(s) will be tried again now", waiting);
            }
        }
    }

    /** Whether the server took it. */
    private boolean send(JavaMailSender smtp, OutboxMail mail) {
        try {
            smtp.send(toMimeMessage(smtp, mail));
            mails.markSent(mail.id(), clock.instant());
            log.info("Sent mail {}", mail.id());
            return true;
        } catch (MailException e) {
            int attempt = mail.attempts() + 1;
            MailFailure failure = isPermanent(e) ? MailFailure.REFUSED : MailFailure.UNREACHABLE;
            boolean failed = failure == MailFailure.REFUSED || attempt >= properties.maxAttempts();
            Instant next = clock.instant().plus(backoff(attempt));
            transaction.executeWithoutResult(status -> {
                mails.markFailedAttempt(mail.id(), failed ? OutboxStatus.FAILED : OutboxStatus.PENDING, next,
                        truncate(e.getMostSpecificCause().getMessage()), failure);
                if (failed && mail.status() != OutboxStatus.FAILED) {
                    Map<String, Object> change = new HashMap<>();
                    change.put("failure", failure);
                    change.put("followUpBy", mail.followUpPersonId());
                    audit.record(AuditTrail.SYSTEM, "mail.undelivered", UndeliveredMail.ENTITY, mail.id(), change);
                }
            });
            log.warn("Mail {} not sent (attempt {}){}: {}", mail.id(), attempt, failed ? ", marked failed" : "",
                    e.getMostSpecificCause().getClass().getSimpleName());
            return false;
        }
    }

    Duration backoff(int attempt) {
        Duration wait = properties.firstRetryAfter().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(properties.longestRetryWait()) > 0 ? properties.longestRetryWait() : wait;
    }

    private static boolean isPermanent(MailException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressException
                    || cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private MimeMessage toMimeMessage(JavaMailSender smtp, OutboxMail mail) {
        MimeMessage message = smtp.createMimeMessage();
        try {
            message.setFrom(new InternetAddress(properties.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(part(mail.bodyText(), "text/plain; charset=UTF-8"));
            if (mail.bodyHtml() != null) {
                alternatives.addBodyPart(part(mail.bodyHtml(), "text/html; charset=UTF-8"));
            }
            if (mail.calendarIcs() != null) {
                alternatives.addBodyPart(part(mail.calendarIcs(),
                        "text/calendar; charset=UTF-8; method=" + mail.calendarMethod()));
            }
            message.setContent(alternatives);
            message.saveChanges();
            // Set after saveChanges, which would replace it: a stable id lets mail clients drop a resent duplicate.
            message.setHeader("Message-ID", mail.messageId());
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail " + mail.id() + " cannot be built", e);
        }
    }

    private static MimeBodyPart part(String content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        return part;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
