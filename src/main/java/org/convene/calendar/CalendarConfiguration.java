package org.convene.calendar;

import java.time.Clock;
import org.springframework.boot.autoconfigure.freemarker.FreeMarkerVariablesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return WorkingDayCalendar.englandAndWales(properties.extraHolidays());
    }

    /** Templates (pages, mails and PDFs) write dates and times one way: {@code ${dates.dateTime(meeting.startsAt)}}. */
    @Bean
    FreeMarkerVariablesCustomizer councilTimeInTemplates(CouncilTime dates) {
        return variables -> variables.put("dates", dates);
    }

    /** Every "now" in Convene comes from this clock, so that tests can move it together with the engine's. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
