package org.convene.strategy;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.convene.audit.AuditTrail;
import org.convene.directory.Directory;
import org.convene.directory.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each automated step of a concern's process does. Each is idempotent: a step the database shows as done, or a
 * concern that has moved on, does nothing, so a job delivered twice or a restarted process never repeats a mail.
 */
@Service
class StrategySteps {

    private final StrategyCaseRepository cases;
    private final StrategyNotices notices;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    StrategySteps(StrategyCaseRepository cases, StrategyNotices notices, Directory directory, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The enquiry's outcome is not recorded in time: the chair's manager is told, once. */
    @Transactional
    void escalateOutcomeLate(long caseId) {
        cases.findById(caseId).filter(c -> c.getStatus() == StrategyStatus.ENQUIRY && c.getOutcomeLateEscalatedAt() == null).ifPresent(strategy -> {
            strategy.outcomeLateEscalated(clock.instant());
            cases.save(strategy);
            Optional<Person> manager = Optional.ofNullable(strategy.getChairId()).map(directory::person).flatMap(directory::lineManagerOf);
            manager.ifPresent(m -> notices.outcomeLate(strategy, m));
            audit.record(AuditTrail.SYSTEM, "strategy.outcome-late-escalated", StrategyService.ENTITY, caseId,
                    Map.of("escalatedTo", manager.map(p -> String.valueOf(p.id())).orElse("nobody named")));
        });
    }
}
