package org.convene.locality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.Timescales;
import org.springframework.stereotype.Component;

/**
 * Every date a locality's series works to, and nowhere else: its dates (every {@code locality-meeting-cadence} from its
 * first, on the same weekday and at the same time of day, council time, across the clocks changing), each date's
 * referral cut-off ({@code locality-referral-cut-off} before it starts) and agenda freeze ({@code locality-agenda-freeze}
 * before it, in working days, so a Tuesday meeting after a bank holiday Monday freezes on the Friday).
 */
@Component
class LocalitySchedule {

    /** The variables bpmn/locality-meeting.bpmn reads: the key its messages correlate on, the id its worker takes, its timer. */
    static final String SERIES_KEY = "seriesKey";
    static final String SERIES_ID = "seriesId";
    static final String NEXT_FREEZE_AT = "nextFreezeAt";
    /** How many of a series' dates ahead are looked at for the next agenda to send. */
    private static final int DATES_AHEAD = 12;

    private final Deadlines deadlines;
    private final Timescales timescales;
    private final CouncilTime dates;
    private final int cadenceDays;

    LocalitySchedule(Deadlines deadlines, Timescales timescales, CouncilTime dates) {
        this.deadlines = deadlines;
        this.timescales = timescales;
        this.dates = dates;
        this.cadenceDays = wholeWeeksInDays(timescales.localityMeetingCadence());
    }

    /** A series repeats in whole weeks, so that a calendar's weekly rule says the same as Convene. */
    private static int wholeWeeksInDays(Timescale cadence) {
        int days = switch (cadence.unit()) {
            case DAYS -> cadence.amount();
            case WEEKS -> cadence.amount() * 7;
            default -> 0;
        };
        if (days == 0 || days % 7 != 0) {
            throw new IllegalStateException("convene.timescales.locality-meeting-cadence must be a whole number of weeks, as '7 days' or "
                    + "'2 weeks', not '" + cadence + "'");
        }
        return days;
    }

    int cadenceWeeks() {
        return cadenceDays / 7;
    }

    boolean isDateOf(LocalitySeries series, LocalDate date) {
        return !date.isBefore(series.getFirstDate()) && ChronoUnit.DAYS.between(series.getFirstDate(), date) % cadenceDays == 0;
    }

    /** The series' dates on or after {@code from}, as many as asked for. */
    List<LocalDate> datesFrom(LocalitySeries series, LocalDate from, int count) {
        LocalDate date = series.getFirstDate();
        if (from.isAfter(date)) {
            long periods = (ChronoUnit.DAYS.between(date, from) + cadenceDays - 1) / cadenceDays;
            date = date.plusDays(periods * cadenceDays);
        }
        List<LocalDate> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            found.add(date.plusDays((long) i * cadenceDays));
        }
        return found;
    }

    /** The series' date before {@code date}; null for its first. */
    LocalDate previousDate(LocalitySeries series, LocalDate date) {
        LocalDate previous = date.minusDays(cadenceDays);
        return previous.isBefore(series.getFirstDate()) ? null : previous;
    }

    /** When a date of the series starts as first set (what a calendar's RECURRENCE-ID names). */
    Instant originalStart(LocalitySeries series, LocalDate date) {
        return date.atTime(series.getStartsAtTime()).atZone(dates.zone()).toInstant();
    }

    /** A date of the series as it stands, with the change made to it if any. */
    Occurrence occurrence(LocalitySeries series, LocalDate date, Map<LocalDate, OccurrenceChange> changes) {
        OccurrenceChange change = changes.get(date);
        Instant startsAt = change != null && !change.cancelled() ? change.startsAt() : originalStart(series, date);
        Instant endsAt = change != null && !change.cancelled() ? change.endsAt() : startsAt.plus(series.getMinutes(), ChronoUnit.MINUTES);
        String location = change != null && change.location() != null ? change.location() : series.getLocation();
        return new Occurrence(date, startsAt, endsAt, location, change != null && !change.cancelled(), change != null && change.cancelled(),
                change == null ? null : change.reason(), referralCutOff(startsAt), agendaFreeze(startsAt));
    }

    Map<String, Object> variablesFor(LocalitySeries series, List<OccurrenceChange> changes, List<AgendaSent> sent, Instant now) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SERIES_KEY, String.valueOf(series.getId()));
        variables.put(SERIES_ID, series.getId());
        variables.put(NEXT_FREEZE_AT, nextFreeze(series, byDate(changes), sent.stream().map(AgendaSent::meetingDate).collect(Collectors.toSet()), now)
                .toString());
        return variables;
    }

    /**
     * When the next agenda is due to be fixed and sent: the earliest freeze of a coming date not cancelled whose agenda has
     * not been sent (already past, when one is late), or, with none, one cadence from now, to look again.
     */
    Instant nextFreeze(LocalitySeries series, Map<LocalDate, OccurrenceChange> changes, Set<LocalDate> sent, Instant now) {
        return agendasToSend(series, changes, sent, now).stream().map(Occurrence::agendaFreeze).min(Comparator.naturalOrder())
                .orElse(now.plus(cadenceDays, ChronoUnit.DAYS));
    }

    /** The coming dates, not cancelled, whose agendas have not been sent. */
    List<Occurrence> agendasToSend(LocalitySeries series, Map<LocalDate, OccurrenceChange> changes, Set<LocalDate> sent, Instant now) {
        return datesFrom(series, dates.dateOf(now).minusDays(cadenceDays), DATES_AHEAD).stream()
                .filter(date -> !sent.contains(date)).map(date -> occurrence(series, date, changes))
                .filter(o -> !o.cancelled() && o.startsAt().isAfter(now)).toList();
    }

    static Map<LocalDate, OccurrenceChange> byDate(List<OccurrenceChange> changes) {
        return changes.stream().collect(Collectors.toMap(OccurrenceChange::originalDate, Function.identity()));
    }

    Instant referralCutOff(Instant startsAt) {
        return deadlines.before(startsAt, timescales.localityReferralCutOff());
    }

    Instant agendaFreeze(Instant startsAt) {
        return deadlines.before(startsAt, timescales.localityAgendaFreeze());
    }
}
