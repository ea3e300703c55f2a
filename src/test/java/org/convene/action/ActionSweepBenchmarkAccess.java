package org.convene.action;

import org.springframework.boot.test.context.TestComponent;

/** Lets the benchmarks run the sweep when they choose, as its schedule would. */
@TestComponent
public class ActionSweepBenchmarkAccess {

    private final ActionSweep sweep;

    ActionSweepBenchmarkAccess(ActionSweep sweep) {
        this.sweep = sweep;
    }

    public void sweep() {
        sweep.sweep();
    }
}
