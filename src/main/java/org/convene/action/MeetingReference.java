package org.convene.action;

/** The meeting that set an action, by id and type (the action module does not depend on meetings). */
public record MeetingReference(long meetingId, String meetingType) {
}
