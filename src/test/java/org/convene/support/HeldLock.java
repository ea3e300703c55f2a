package org.convene.support;

import java.time.Duration;
import java.util.Optional;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.awaitility.Awaitility;

/** A lock on a piece of scheduled work, taken as another replica would take it, until closed. */
public final class HeldLock implements AutoCloseable {

    private final SimpleLock lock;

    private HeldLock(SimpleLock lock) {
        this.lock = lock;
    }

    /** Waits for the lock if this replica's scheduler holds it this moment. */
    public static HeldLock asAnotherReplica(LockProvider locks, String name) {
        LockConfiguration configuration = new LockConfiguration(ClockProvider.now(), name, Duration.ofMinutes(1), Duration.ZERO);
        return new HeldLock(Awaitility.await().until(() -> locks.lock(configuration), Optional::isPresent).orElseThrow());
    }

    @Override
    public void close() {
        lock.unlock();
    }
}
