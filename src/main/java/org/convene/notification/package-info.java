/** E-mail through a transactional outbox: queued with the change that causes it, sent with retries. */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.convene.notification;
