package org.convene.access;

/**
 * What one person may do with one meeting.
 *
 * @param view            see the meeting (its children, agenda and invitations) and read their own copy of its minutes
 * @param chair           act as its chair: convene, invite, record attendance, write the record, approve the minutes
 * @param readEverything  read the whole record and every entry of the minutes, restricted ones included
 * @param assignChair     give the meeting to a chair (anyone who may chair)
 * @param takeChair       take an unallocated concern as its chair
 */
public record MeetingRights(boolean view, boolean chair, boolean readEverything, boolean assignChair, boolean takeChair) {

    public static final MeetingRights NONE = new MeetingRights(false, false, false, false, false);
}
