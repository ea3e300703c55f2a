package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One date of a locality's series as it stands: when and where it is (as moved, if it was), whether it is cancelled and
 * why, and the two moments before it: referrals close at the cut-off (later ones only urgent, with a reason), and the
 * agenda is fixed and sent at the freeze.
 */
public record Occurrence(LocalDate originalDate, Instant startsAt, Instant endsAt, String location, boolean moved, boolean cancelled,
                         String reason, Instant referralCutOff, Instant agendaFreeze) {
}
