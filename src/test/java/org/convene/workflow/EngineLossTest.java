package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.convene.calendar.Deadlines;
import org.convene.calendar.Timescale;
import org.convene.calendar.WorkingDayCalendar;
import org.convene.support.ConveneProcess;
import org.convene.support.EngineProcess;
import org.convene.support.HttpBrowser;
import org.convene.support.TimeMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine lost while Convene runs. The engine process keeps its log in memory, so it comes back empty, as a cluster
 * that lost its state would (a broker restart keeps its state; this engine cannot, so the loss is what is tested):
 * Convene is not ready while the engine is away and ready again once it answers, without a restart; restarted, as its
 * operator then restarts it, it sees that the engine's keys have started again (so that an old key may now be another
 * instance's) and starts every open item again, and each one's timers fire once, no mail twice.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineLossTest {

    private static final String DATABASE = "engine_loss";
    /** Several, so that keys the empty engine hands out again meet those of the instances it lost. */
    private static final int ACTIONS = 6;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final HttpBrowser browser = new HttpBrowser();

    @Test
    void notReadyWhileTheEngineIsAwayAndARestartCarriesOnWhatItLost(CapturedOutput output) throws Exception {
        try (EngineProcess engine = EngineProcess.start()) {
            List<Long> actions;
            LocalDate due;
            try (ConfigurableApplicationContext first = engine.convene(DATABASE)) {
                Flows flows = new Flows(first);
                LocalDate dueDate = first.getBean(WorkingDayCalendar.class).addWorkingDays(first.getBean(TimeMachine.class).today(), 5);
                due = dueDate;
                actions = IntStream.range(0, ACTIONS).mapToObj(i -> flows.raiseAction(dueDate)).toList();
                await().atMost(WAIT).until(() -> actions.stream().allMatch(id -> flows.processInstanceKey("action", id) != null));
            }

            try (ConveneProcess running = ConveneProcess.start(engine, DATABASE)) {
                URI readiness = URI.create(running.baseUrl() + "/actuator/health/readiness");
                assertThat(browser.get(readiness).statusCode()).isEqualTo(200);
                engine.kill();
                await().atMost(WAIT).until(() -> browser.get(readiness).statusCode() == 503);
                engine.restart();
                await().atMost(WAIT).until(() -> browser.get(readiness).statusCode() == 200);
                // The engine answers but holds nothing: the operator restarts Convene, which ends this one.
            }

            try (ConfigurableApplicationContext second = engine.convene(DATABASE)) {
                // Its keys started again, so what it says of an old key is not trusted: every open item is started again.
                assertThat(output.getOut()).contains("The engine holds none of the work Convene started before");
                Flows flows = new Flows(second);
                TimeMachine time = second.getBean(TimeMachine.class);
                Deadlines deadlines = second.getBean(Deadlines.class);
                time.advanceTo(deadlines.before(due, Timescale.of("2 working days")));
                await().atMost(WAIT).until(() -> actions.stream().allMatch(id -> flows.actionMails(id).contains("An action is due soon")));
                time.advanceTo(deadlines.startOf(due));
                await().atMost(WAIT).until(() -> actions.stream().allMatch(id -> flows.actionMails(id).contains("An action is due today")));
                time.advance(Duration.ofMinutes(30));
                assertThat(actions).allSatisfy(id -> {
                    assertThat(flows.actionMails(id)).containsExactly("An action has been assigned to you", "An action is due soon", "An action is due today");
                    assertThat(flows.audit("action", id)).containsExactly("action.raised", "action.reminded", "action.reminded");
                });
            }
        }
    }
}
