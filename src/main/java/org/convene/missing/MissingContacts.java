package org.convene.missing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom the ladder tells while a child is missing ({@code convene.missing.*}): the senior manager for high-risk children
 * and the designated manager at 24 hours (usernames in the directory), and the child protection conference service's
 * mailbox. Reference §3.2; a council sets its own. One not set, or not in the directory, is audited as nobody told.
 */
@ConfigurationProperties("convene.missing")
record MissingContacts(String seniorManager, String designatedManager, String conferenceServiceEmail) {
}
