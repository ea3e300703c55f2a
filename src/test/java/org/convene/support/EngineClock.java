package org.convene.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** The engine's clock as {@link TimeMachine} moves it: the embedded engine's in this JVM, or an {@link EngineProcess}'s. */
public interface EngineClock {

    /** Moves the clock and returns once the engine has worked off what fell due. */
    void increaseTime(Duration duration);

    /** Moves the clock without waiting for the engine. */
    void jump(Duration duration);

    /**
     * How far it has been moved already: an engine process outlives the Convene that moved it, and the next Convene's
     * clock starts there too.
     */
    default Duration moved() {
        return Duration.ZERO;
    }

    static EngineClock of(ZeebeTestEngine engine) {
        return new EngineClock() {
            @Override
            public void increaseTime(Duration duration) {
                engine.increaseTime(duration);
                try {
                    engine.waitForIdleState(Duration.ofMinutes(2));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (TimeoutException e) {
                    throw new IllegalStateException("The engine did not settle after moving its clock", e);
                }
            }

            @Override
            public void jump(Duration duration) {
                engine.increaseTime(duration);
            }
        };
    }
}
