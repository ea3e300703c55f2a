package org.convene.notification;

public enum OutboxStatus {
    /** Waiting for the dispatcher (or, with no SMTP server configured, held here to be read in the app). */
    PENDING,
    /** Claimed by the dispatcher and being sent. */
    SENDING,
    SENT,
    /** Gave up: every retry failed, or the server refused it for good. Shown to admins. */
    FAILED
}
