package org.convene.strategy;

import java.util.List;
import org.convene.subject.CaseRef;
import org.convene.subject.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The concerns about a subject, on the subject's page, for those who may see them. */
@Component
class StrategyTimeline implements TimelineEntry.Source {

    private final StrategyCaseRepository cases;
    private final StrategyService strategies;

    StrategyTimeline(StrategyCaseRepository cases, StrategyService strategies) {
        this.cases = cases;
        this.strategies = strategies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entriesAbout(List<CaseRef> about, String username) {
        return about.stream().filter(c -> StrategyService.CASE_TYPE.equals(c.caseType()))
                .flatMap(c -> cases.findById(c.caseId()).stream())
                .filter(strategy -> strategies.rightsOf(username, strategy.getId()).view())
                .map(strategy -> new TimelineEntry(strategy.getRaisedAt(), "Concern", "Concern " + strategy.getId() + " raised for a strategy discussion ("
                        + StrategyPages.STATUS_LABELS.get(strategy.getStatus().name()).toLowerCase() + ")", "/strategy/" + strategy.getId(), false))
                .toList();
    }
}
