package org.convene.family;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The family group decision making service ({@code convene.family.*}): its service manager, told of a late referral (a
 * username in the directory; not set, or not in the directory, and it goes to the referrer's line manager; with neither,
 * it is audited as nobody told), and the phone number its letters give families to call. A council sets its own.
 */
@ConfigurationProperties("convene.family")
record FamilyContacts(String serviceManager, String phone) {
}
