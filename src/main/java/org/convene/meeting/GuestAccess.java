package org.convene.meeting;

import org.convene.shared.Hashes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.access.AccessPolicy;
import org.convene.audit.AuditTrail;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.convene.security.SignedLinks;
import org.convene.shared.ConflictException;
import org.convene.shared.InvalidRequestException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Police, health and school staff outside the council open their meeting's agenda and their own copy of its minutes
 * without an account, as case-system partner portals let them: the link in their invitation, then a one-time code
 * sent to the invitation's address. It is limited to that invitation's meeting, the link expires
 * {@value #LINK_DAYS_AFTER_MEETING} days after the meeting and a sign-in after {@link #SIGN_IN_LASTS}, it stops
 * working the moment the invitation is withdrawn, and every step is audited as {@code guest:<invitation>}.
 */
@Service
public class GuestAccess {

    static final String PURPOSE = "guest";
    static final int LINK_DAYS_AFTER_MEETING = 90;
    static final Duration CODE_LASTS = Duration.ofMinutes(10);
    static final Duration NEW_CODE_AFTER = Duration.ofMinutes(1);
    static final int CODE_ATTEMPTS = 5;
    public static final Duration SIGN_IN_LASTS = Duration.ofHours(2);

    private final SignedLinks links;
    private final InvitationRepository invitations;
    private final MeetingRepository meetings;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AccessPolicy access;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    GuestAccess(SignedLinks links, InvitationRepository invitations, MeetingRepository meetings, MailTemplates templates, Outbox outbox,
                AuditTrail audit, AccessPolicy access, JdbcTemplate jdbc, Clock clock) {
        this.links = links;
        this.invitations = invitations;
        this.meetings = meetings;
        this.templates = templates;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The meeting papers an invitee may read as a guest: the meeting, and which agency's copy of the minutes is theirs. */
    public record Papers(Meeting meeting, Invitation invitation) {

        /** The agency whose copy of the minutes the guest reads. */
        public long agencyId() {
            return invitation.getAgencyId() == null ? -1 : invitation.getAgencyId();
        }

        public String actor() {
            return GuestAccess.actor(invitation.getId());
        }
    }

    static String actor(long invitationId) {
        return "guest:" + invitationId;
    }

    /** The token of the guest link in an invitation's mails, and in the mail that its meeting's minutes are ready. */
    public String linkToken(Meeting meeting, Invitation invitation) {
        Instant meetingEnds = meeting.getEndsAt() != null ? meeting.getEndsAt() : meeting.getConveneBy();
        return links.sign(PURPOSE, String.valueOf(invitation.getId()), meetingEnds.plus(Duration.ofDays(LINK_DAYS_AFTER_MEETING)));
    }

    /** The invitation the link is for, while the link is genuine and unexpired and the invitation stands. */
    @Transactional(readOnly = true)
    public Optional<Invitation> linked(long invitationId, String token) {
        return links.verify(PURPOSE, token).filter(String.valueOf(invitationId)::equals)
                .flatMap(id -> invitations.findById(invitationId)).filter(Invitation::isActive).filter(Invitation::isByEmail);
    }

    /** Sends a new one-time code to the invitation's address; only one a minute. */
    @Transactional
    public void sendCode(Invitation invitation) {
        Instant now = clock.instant();
        List<Instant> sent = jdbc.queryForList("select sent_at from guest_code where invitation_id = ?", Instant.class, invitation.getId());
        if (!sent.isEmpty() && sent.getFirst().plus(NEW_CODE_AFTER).isAfter(now)) {
            throw new ConflictException("A code was sent less than a minute ago. Check your e-mail, or ask again in a minute.");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.update("delete from guest_code where invitation_id = ?", invitation.getId());
        jdbc.update("insert into guest_code (invitation_id, code_hash, sent_at, expires_at, attempts) values (?, ?, ?, ?, 0)",
                invitation.getId(), hash(invitation.getId(), code), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(CODE_LASTS)));
        Meeting meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
        outbox.queue(templates.render("guest-code", invitation.getEmail(), Map.of("code", code, "minutes", CODE_LASTS.toMinutes()))
                .followedUpBy(meeting.getChairId(), "/meetings/" + meeting.getId()));
        audit.record(actor(invitation.getId()), "guest.code-sent", "invitation", invitation.getId(), Map.of());
    }

    /** Checks the code typed; a right one is used up, and {@value #CODE_ATTEMPTS} wrong ones void it. */
    @Transactional(noRollbackFor = InvalidRequestException.class)
    public void confirm(Invitation invitation, String typed) {
        Optional<StoredCode> stored = jdbc.query("select code_hash, expires_at, attempts from guest_code where invitation_id = ?",
                DataClassRowMapper.newInstance(StoredCode.class), invitation.getId()).stream().findFirst();
        if (stored.isEmpty() || stored.get().expiresAt().isBefore(clock.instant()) || stored.get().attempts() >= CODE_ATTEMPTS) {
            throw new InvalidRequestException("code", "This code has expired or been used. Ask for a new one.");
        }
        if (!hash(invitation.getId(), typed.strip()).equals(stored.get().codeHash().trim())) {
            jdbc.update("update guest_code set attempts = attempts + 1 where invitation_id = ?", invitation.getId());
            audit.record(actor(invitation.getId()), "guest.code-wrong", "invitation", invitation.getId(), Map.of());
            throw new InvalidRequestException("code", "The code is not right. Check the e-mail and type the 6 digits again.");
        }
        jdbc.update("delete from guest_code where invitation_id = ?", invitation.getId());
        audit.record(actor(invitation.getId()), "guest.signed-in", "invitation", invitation.getId(), Map.of());
    }

    /**
     * The papers of a linked invitation, for a guest whose sign-in (at {@code signedInAt}, for it) still stands. The reading is
     * audited; a withdrawn invitation, or an expired sign-in, opens nothing.
     */
    @Transactional
    public Optional<Papers> papers(Invitation invitation, Instant signedInAt) {
        boolean signedIn = signedInAt != null && signedInAt.plus(SIGN_IN_LASTS).isAfter(clock.instant());
        if (!access.guest(signedIn, invitation.isActive())) {
            return Optional.empty();
        }
        Meeting meeting = meetings.findById(invitation.getMeetingId()).orElseThrow();
        audit.record(actor(invitation.getId()), "meeting.read", MeetingService.ENTITY, meeting.getId(), Map.of("invitationId", invitation.getId()));
        return Optional.of(new Papers(meeting, invitation));
    }

    /** A code sent, as stored: only its hash is kept. */
    record StoredCode(String codeHash, Instant expiresAt, int attempts) {
    }

    private static String hash(long invitationId, String code) {
        return Hashes.sha256(invitationId + ":" + code);
    }
}
