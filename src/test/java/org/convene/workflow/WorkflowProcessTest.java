package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A process is started only once the change that asked for it has committed, and an engine that cannot be reached then
 * never turns that committed change into an error for the person who made it.
 */
class WorkflowProcessTest {

    private final CamundaClient closed = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:9")).build();
    private final List<Long> recorded = new ArrayList<>();
    private final List<Long> read = new ArrayList<>();

    @AfterEach
    void tidyUp() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theItemIsReadInTheTransactionAndNothingIsSentBeforeItCommits() {
        closed.close();
        TransactionSynchronizationManager.initSynchronization();

        process().start(7);

        assertThat(read).containsExactly(7L);
        assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);
        assertThat(recorded).isEmpty();
    }

    @Test
    void anEngineThatCannotBeReachedAfterTheCommitIsLeftToRecovery() {
        closed.close();
        TransactionSynchronizationManager.initSynchronization();
        process().start(7);
        process().publishOnCommit("item-changed", 7, Map.of());

        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            assertThatCode(synchronization::afterCommit).doesNotThrowAnyException();
        }
        assertThat(recorded).isEmpty();
    }

    private TestProcess process() {
        Executor direct = Runnable::run;
        return new TestProcess(new Processes(closed, direct));
    }

    private record Item(Long getId, Long getProcessInstanceKey) implements WorkflowItem {
    }

    private final class TestProcess extends WorkflowProcess<Item> {

        TestProcess(Processes processes) {
            super("test-process", processes, id -> {
                read.add(id);
                return Optional.of(new Item(id, null));
            }, List::of, item -> Map.of("itemKey", String.valueOf(item.getId())), (id, key) -> recorded.add(key));
        }

        @Override
        protected String stepReached(Item item) {
            return null;
        }
    }
}
