package org.convene.locality;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.calendar.Deadlines;
import org.convene.directory.Directory;
import org.convene.directory.Locality;
import org.convene.directory.Person;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's three locality series, set up by its admin once the demo directory is seeded: each locality's meeting on
 * its own weekday at 10:00, chaired by the Partnership Team's manager (standing in for a deputy service manager), with
 * the locality's standing members from each agency. Off outside the demo ({@code convene.demo-data=false}). Set up once
 * Convene is ready, after process recovery, so that each series' process is started once, by its own set-up.
 */
@Component
@ConditionalOnProperty(name = "convene.demo-data", havingValue = "true")
class LocalityDemo {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("North", DayOfWeek.TUESDAY, "East Central", DayOfWeek.WEDNESDAY,
            "South", DayOfWeek.THURSDAY);
    private static final Map<String, List<String>> MEMBERS = Map.of(
            "North", List.of("sam.social", "pat.police", "hana.health", "eddie.dsl", "yusuf.youth", "chloe.charity", "mia.coordinator"),
            "East Central", List.of("dan.sergeant", "dee.designated", "ellen.education", "yvonne.youth", "cal.charity", "mia.coordinator"),
            "South", List.of("pat.police", "hana.health", "ellen.education", "yusuf.youth", "cal.charity", "mia.coordinator"));

    private final LocalityService localities;
    private final LocalitySeriesRepository series;
    private final Directory directory;
    private final Deadlines deadlines;
    private final Clock clock;

    LocalityDemo(LocalityService localities, LocalitySeriesRepository series, Directory directory, Deadlines deadlines, Clock clock) {
        this.localities = localities;
        this.series = series;
        this.directory = directory;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (series.count() > 0 || directory.personByUsername("ada.admin").isEmpty()) {
            return;
        }
        Person chair = directory.personByUsername("mo.manager").orElseThrow();
        for (Locality locality : directory.localities()) {
            DayOfWeek weekday = WEEKDAYS.get(locality.name());
            if (weekday == null) {
                continue;
            }
            LocalDate first = deadlines.today(clock).plusDays(1).with(TemporalAdjusters.nextOrSame(weekday));
            Set<Long> members = MEMBERS.get(locality.name()).stream().map(directory::personByUsername).flatMap(java.util.Optional::stream)
                    .map(Person::id).collect(Collectors.toSet());
            localities.create("ada.admin", new NewSeries(locality.id(), chair.id(), first, LocalTime.of(10, 0), 90,
                    locality.name() + " Locality Office, meeting room 1", members));
        }
    }
}
