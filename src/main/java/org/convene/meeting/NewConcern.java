package org.convene.meeting;

import java.util.List;

/** A concern about one or more children, raised with who referred it, and the chair if already known. */
public record NewConcern(String concern, String referrerName, Long referrerAgencyId, String referrerEmail,
                         List<MeetingChild> children, Long chairId) {
}
