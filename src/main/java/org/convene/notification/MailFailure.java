package org.convene.notification;

/** Why a mail has not been delivered. */
public enum MailFailure {
    /** The server was down, or did not answer: the mail is sent when it is back. */
    UNREACHABLE,
    /** The server refused the mail or its address for good: only a person can put it right. */
    REFUSED
}
