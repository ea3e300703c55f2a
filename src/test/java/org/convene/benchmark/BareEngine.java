package org.convene.benchmark;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick for a benchmark's ratio: the same engine Convene embeds, on its own, running one of Convene's BPMN
 * files with workers that only complete their jobs. What Convene adds (its transactions, audit, mails) is measured
 * against what the engine alone takes for the same shape, in the same run on the same machine.
 */
final class BareEngine implements AutoCloseable {

    private static final Pattern JOB_TYPE = Pattern.compile(":taskDefinition[^>]*? type=\"([^\"]+)\"");

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    private final List<JobWorker> workers = new ArrayList<>();
    private final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
    private Duration moved = Duration.ZERO;

    BareEngine(Path... bpmnFiles) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        engine = RocksDbEngineFactory.create(port, Files.createTempDirectory("convene-bare-engine-"), 128L * 1024 * 1024);
        engine.start();
        client = engine.createClient();
        for (Path bpmn : bpmnFiles) {
            client.newDeployResourceCommand().addResourceFile(bpmn.toString()).send().join();
            Matcher types = JOB_TYPE.matcher(Files.readString(bpmn));
            while (types.find()) {
                String type = types.group(1);
                if (completed.putIfAbsent(type, new AtomicInteger()) == null) {
                    workers.add(client.newWorker().jobType(type).handler((jobs, job) -> {
                        jobs.newCompleteCommand(job).send().join();
                        completed.get(type).incrementAndGet();
                    }).maxJobsActive(32).streamEnabled(true).open());
                }
            }
        }
    }

    void start(String processId, Map<String, Object> variables) {
        client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join();
    }

    void publish(String messageName, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey).variables(variables)
                .timeToLive(Duration.ofMinutes(10)).send().join();
    }

    /** Moves the engine's clock, which runs on from the real time plus every move so far, to {@code instant}. */
    void advanceTo(Instant instant) {
        Duration ahead = Duration.between(Instant.now().plus(moved), instant);
        engine.increaseTime(ahead);
        moved = moved.plus(ahead);
    }

    int completed(String jobType) {
        return completed.get(jobType).get();
    }

    /** Waits until {@code count} jobs of the type have been completed; returns how long that took (to 10 ms). */
    Duration awaitCompleted(String jobType, int count, Duration atMost) {
        long started = System.nanoTime();
        await().atMost(atMost).pollInterval(Duration.ofMillis(10)).until(() -> completed(jobType) >= count);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() {
        workers.forEach(JobWorker::close);
        client.close();
        engine.stop();
    }
}
