package org.convene.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.convene.calendar.CouncilTime;
import org.convene.calendar.Deadlines;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.convene.directory.Role;
import org.convene.notification.MailTemplates;
import org.convene.notification.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each working morning, one mail to each manager whose agency has overdue actions or who has escalations to
 * acknowledge, instead of a mail for every event. At most one a manager a day, however often it runs.
 */
@Component
class ManagerDigest {

    private final Directory directory;
    private final ActionQueries queries;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final CouncilTime dates;
    private final Clock clock;

    ManagerDigest(Directory directory, ActionQueries queries, MailTemplates templates, Outbox outbox, JdbcTemplate jdbc,
                  TransactionTemplate transaction, Deadlines deadlines, WorkingDayCalendar calendar, CouncilTime dates, Clock clock) {
        this.directory = directory;
        this.queries = queries;
        this.templates = templates;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.dates = dates;
        this.clock = clock;
    }

    /** Held a few minutes after it ends, so that a replica whose clock is a little behind does not send it again. */
    @Scheduled(cron = "${convene.actions.digest-cron:0 0 7 * * *}", zone = "${convene.calendar.zone:Europe/London}")
    @SchedulerLock(name = "manager-digest", lockAtLeastFor = "PT5M")
    void sendEachMorning() {
        send();
    }

    void send() {
        LocalDate today = deadlines.today(clock);
        if (!calendar.isWorkingDay(today)) {
            return;
        }
        for (Person manager : directory.peopleWithRole(Role.MANAGER)) {
            transaction.executeWithoutResult(status -> sendTo(manager, today));
        }
    }

    private void sendTo(Person manager, LocalDate today) {
        long overdue = queries.timeliness(manager, DashboardFilter.NONE).overdue();
        long toAcknowledge = jdbc.queryForObject("""
                select count(*) from action_escalation e join action a on a.id = e.action_id
                where e.escalated_to_id = ? and e.acknowledged_at is null and a.status = 'OPEN'""", Long.class, manager.id());
        if (overdue == 0 && toAcknowledge == 0) {
            return;
        }
        int claimed = jdbc.update("""
                insert into manager_digest (person_id, digest_date)
                select ?, ? where not exists (select 1 from manager_digest where person_id = ? and digest_date = ?)""",
                manager.id(), today, manager.id(), today);
        if (claimed == 1) {
            outbox.queue(templates.render("manager-digest", manager.email(),
                    Map.of("overdue", overdue, "toAcknowledge", toAcknowledge, "date", dates.date(today)))
                    .followedUpBy(manager.id(), "/manager/actions"));
        }
    }
}
