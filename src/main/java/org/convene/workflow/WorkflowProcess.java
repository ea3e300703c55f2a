package org.convene.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a Java workflow is bound to its BPMN process: start an item's instance (with the timer dates its
 * schedule computed), publish a message keyed by the item's id, restart it at a step, and rebuild every open item's
 * instance at the step the database records when the engine has lost them ({@link ProcessRecovery}).
 *
 * <p>The engine can be away; an item's change has committed all the same. A start that fails is left to recovery, and a
 * message that fails is harmless because every step checks the item's state before it acts.
 *
 * @param <T> the item the process carries (an action, a meeting, a case)
 */
public abstract class WorkflowProcess<T extends WorkflowItem> implements OpenWork {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String bpmnProcessId;
    private final Processes processes;
    private final Function<Long, Optional<T>> find;
    private final Supplier<List<T>> openItems;
    private final Function<T, Map<String, Object>> variables;
    private final BiConsumer<Long, Long> recordInstance;

    /**
     * @param find           the item, if it still exists (its repository's {@code findById})
     * @param openItems      the items whose process should be running
     * @param variables      every variable the process reads, timer dates included: computed by the workflow's schedule
     * @param recordInstance records the instance that now carries the item (by id and key) without loading and saving
     *                       the item, as its first step may be saving it
     */
    protected WorkflowProcess(String bpmnProcessId, Processes processes, Function<Long, Optional<T>> find, Supplier<List<T>> openItems,
                              Function<T, Map<String, Object>> variables, BiConsumer<Long, Long> recordInstance) {
        this.bpmnProcessId = bpmnProcessId;
        this.processes = processes;
        this.find = find;
        this.openItems = openItems;
        this.variables = variables;
        this.recordInstance = recordInstance;
    }

    /** The element to carry on before, from what the database records; null when nothing is left to wait for. */
    protected abstract String stepReached(T item);

    /**
     * Starts the item's instance at its start event once the transaction that asked for it commits, without holding up
     * that change. Called from a {@code BEFORE_COMMIT} listener: the item and its variables are read in that transaction,
     * with no transaction of their own. The instance is recorded once the engine has answered; a start that fails, or is
     * never sent because the transaction rolled back, is left to recovery.
     */
    protected void start(long id) {
        try {
            find.apply(id).ifPresent(item -> {
                Map<String, Object> startVariables = variables.apply(item);
                afterCommit(() -> startNow(id, startVariables));
            });
        } catch (RuntimeException e) {
            notStarted(id, e);
        }
    }

    private void startNow(long id, Map<String, Object> startVariables) {
        try {
            processes.startWithoutWaiting(bpmnProcessId, startVariables).whenComplete((key, failure) -> {
                if (failure == null) {
                    recordInstance.accept(id, key);
                } else {
                    notStarted(id, failure);
                }
            });
        } catch (RuntimeException e) {
            notStarted(id, e);
        }
    }

    private void notStarted(long id, Throwable failure) {
        log.warn("Process {} of {} not started ({}); recovery will start it", bpmnProcessId, id, nameOf(failure));
    }

    /** What went wrong, by name only: an engine's message can carry variables. */
    private static String nameOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }

    /** Starts a new instance before {@code elements}, as when a step's dates have changed. */
    protected void startBefore(long id, List<String> elements) {
        try {
            find.apply(id).ifPresent(item -> recordInstance.accept(id, processes.start(bpmnProcessId, variables.apply(item), elements)));
        } catch (RuntimeException e) {
            notStarted(id, e);
        }
    }

    /**
     * Ends the item's current instance and starts a new one before {@code elements}: its timers follow new dates. The old
     * instance is ended by {@code supersededMessage}, correlated by the item's own id and kept for no one else, never by
     * the instance key the database stored: the embedded engine hands the same keys out again after a restart, so a
     * stored key can name another item's instance.
     */
    protected void restartBefore(long id, String supersededMessage, List<String> elements) {
        try {
            processes.publishNow(supersededMessage, String.valueOf(id));
        } catch (RuntimeException e) {
            log.warn("Process {} of {} not told it is superseded ({})", bpmnProcessId, id, e.getClass().getSimpleName());
        }
        startBefore(id, elements);
    }

    /** As {@link #publish}, once the current transaction commits: for a {@code BEFORE_COMMIT} listener. */
    protected void publishOnCommit(String message, long id, Map<String, Object> variables) {
        afterCommit(() -> publish(message, id, variables));
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Tells the item's instance of something that happened, by the item's own id, without waiting for the engine. */
    protected void publish(String message, long id, Map<String, Object> variables) {
        try {
            processes.publish(message, String.valueOf(id), variables).whenComplete((published, failure) -> {
                if (failure != null) {
                    notSent(message, id, failure);
                }
            });
        } catch (RuntimeException e) {
            notSent(message, id, e);
        }
    }

    private void notSent(String message, long id, Throwable failure) {
        log.warn("Process {} of {} not sent {} ({}); its steps check the item first, and recovery restarts it", bpmnProcessId, id,
                message, nameOf(failure));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessRestart> openWork() {
        List<ProcessRestart> restarts = new ArrayList<>();
        for (T item : openItems.get()) {
            String step = stepReached(item);
            if (step != null) {
                restarts.add(new ProcessRestart(bpmnProcessId, String.valueOf(item.getId()), item.getProcessInstanceKey(), List.of(step),
                        variables.apply(item)));
            }
        }
        return restarts;
    }

    @Override
    @Transactional
    public void restarted(ProcessRestart item, long processInstanceKey) {
        recordInstance.accept(Long.parseLong(item.businessKey()), processInstanceKey);
    }
}
