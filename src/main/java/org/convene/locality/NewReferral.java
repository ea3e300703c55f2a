package org.convene.locality;

import java.time.LocalDate;
import org.convene.subject.SubjectKind;

/**
 * A referral to a locality's meeting: the date (the next coming one when none is given), the subject (one already known,
 * by its id, or named here: a child with a date of birth when known, a peer group or a location), why, and, after the
 * cut-off, why it cannot wait.
 */
public record NewReferral(LocalDate meetingDate, Long subjectId, SubjectKind kind, String name, LocalDate dateOfBirth, String reason,
                          String urgentReason) {

    /** Its date only: what it holds can name a child. */
    @Override
    public String toString() {
        return "NewReferral[" + meetingDate + "]";
    }
}
