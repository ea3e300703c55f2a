package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two embedded engines in one JVM (as the test suite's Spring contexts run them, or a benchmark beside its bare
 * engine) each answer their own requests. The stock response writer kept the answer being written in static fields,
 * so under load one engine's answer went out with the other's content, or failed to be read, and the client timed out.
 */
class EmbeddedEnginesSideBySideTest {

    private static final int INSTANCES = 1_500;

    @Test
    void eachEngineAnswersWithItsOwnProcess() throws Exception {
        List<ZeebeTestEngine> engines = List.of(engine(), engine());
        List<ZeebeClient> clients = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < engines.size(); i++) {
                ZeebeClient client = engines.get(i).createClient();
                clients.add(client);
                client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("process-of-engine-" + i)
                        .startEvent().userTask().endEvent().done(), "engine-" + i + ".bpmn").send().join();
            }
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int engine = thread % 2;
                ZeebeClient client = clients.get(engine);
                answers.add(threads.submit(() -> {
                    List<String> processIds = new ArrayList<>();
                    for (int n = 0; n < INSTANCES; n++) {
                        processIds.add(client.newCreateInstanceCommand().bpmnProcessId("process-of-engine-" + engine).latestVersion()
                                .send().join().getBpmnProcessId());
                    }
                    return processIds;
                }));
            }
            for (int thread = 0; thread < 4; thread++) {
                assertThat(answers.get(thread).get()).hasSize(INSTANCES).containsOnly("process-of-engine-" + thread % 2);
            }
        } finally {
            threads.shutdownNow();
            clients.forEach(ZeebeClient::close);
            engines.forEach(ZeebeTestEngine::stop);
        }
    }

    private static ZeebeTestEngine engine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ZeebeTestEngine engine = RocksDbEngineFactory.create(port, Files.createTempDirectory("convene-engine-test-"), 32L * 1024 * 1024);
        engine.start();
        return engine;
    }
}
