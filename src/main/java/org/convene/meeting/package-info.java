/**
 * Meetings: the concern, the chair, convening, invitations with their calendar entries and answers, reminders,
 * attendance and the quorum, and the process that keeps them to time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting")
package org.convene.meeting;
