package org.convene.shared;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a person's change in its own transaction, and runs it again on fresh data when a job worker changed the same
 * row a moment before (a reminder being recorded as the owner completes the action). Checks inside the change are
 * made again on the fresh data, so a retry never does what a first attempt would have refused.
 */
@Component
public class RetryOnConflict {

    private static final int ATTEMPTS = 3;
    private final TransactionTemplate transaction;

    RetryOnConflict(TransactionTemplate transaction) {
        this.transaction = transaction;
    }

    public <T> T inTransaction(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> change.get());
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
