package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Convene's embedded engine: Zeebe's engine wired exactly as {@link EngineFactory} of zeebe-process-test-engine
 * 8.8.21 wires it, except that its state is kept in Zeebe's own RocksDB store rather than the in-memory one, its
 * log is trimmed below what has been processed, and its answers are written by {@link EngineResponseWriter}, whose
 * state is its own (the stock writer's is static, shared by every engine in the JVM).
 * <p>
 * Why it exists: the in-memory store copies its whole state on every prefix iteration, so the stock test engine slows
 * from 79 to 16 new processes a second between 2,000 and 10,000 open, and works timers at 3 a second; with RocksDB and a
 * trimmed log the same machine holds 100,000 open at about 800 a second (docs/benchmarks.md). It lives in the test
 * engine's package because it reuses that engine's package-private gateway, response mapper and state monitor: if the
 * engine's version changes, this stops compiling (and {@code EmbeddedEngineVersionTest} fails) rather than misbehaving.
 * Keep it in step with {@code EngineFactory} of the pinned version, and nothing more.
 */
public final class RocksDbEngineFactory {

    /** The zeebe-process-test-engine version this wiring copies. */
    public static final String WRITTEN_FOR = "8.8.21";

    private static final Logger log = LoggerFactory.getLogger(RocksDbEngineFactory.class);
    private static final int PARTITION_ID = 1;
    private static final int PARTITION_COUNT = 1;
    private static final Duration TRIM_EVERY = Duration.ofSeconds(1);

    private RocksDbEngineFactory() {
    }

    /**
     * @param port        the gateway's port (Convene's gRPC server provider binds it to loopback)
     * @param directory   an empty directory for the state; it is deleted when the engine stops
     * @param memoryLimit the bytes RocksDB may use for its caches and write buffers
     */
    public static ZeebeTestEngine create(int port, Path directory, long memoryLimit) {
        ControlledActorClock clock = new ControlledActorClock();
        ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
        scheduler.start();

        TrimmedLogStorage logStorage = new TrimmedLogStorage();
        LogStream logStream = LogStream.builder().withPartitionId(PARTITION_ID).withLogStorage(logStorage).withClock(clock)
                .withMeterRegistry(new SimpleMeterRegistry()).build();

        CommandWriter commandWriter = new CommandWriter(logStream.newLogStreamWriter());
        CommandSender commandSender = new CommandSender(commandWriter);
        GatewayRequestStore gatewayRequestStore = new GatewayRequestStore();
        InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commandWriter);
        GrpcToLogStreamGateway gateway = new GrpcToLogStreamGateway(commandWriter, PARTITION_ID, PARTITION_COUNT, port,
                gatewayRequestStore, jobStreamer);
        Server grpcServer = ServerBuilder.forPort(port).addService(gateway).build();
        EngineResponseWriter responseWriter = new EngineResponseWriter(gatewayRequestStore);

        ZeebeDb<ZbColumnFamilies> database = new ZeebeRocksDbFactory<ZbColumnFamilies>(
                new RocksDbConfiguration().setMemoryLimit(memoryLimit), new ConsistencyChecksSettings(false, false),
                new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, PARTITION_ID), SimpleMeterRegistry::new)
                .createDb(directory.toFile());

        SecurityConfiguration security = new SecurityConfiguration();
        security.getAuthorizations().setEnabled(false);
        StreamProcessor streamProcessor = StreamProcessor.builder()
                .logStream(logStream)
                .zeebeDb(database)
                .commandResponseWriter(responseWriter)
                .partitionCommandSender(commandSender)
                .recordProcessors(List.of(new Engine(context -> EngineProcessors.createEngineProcessors(context, PARTITION_COUNT,
                        new SubscriptionCommandSender(context.getPartitionId(), commandSender), commandSender, FeatureFlags.createDefault(),
                        jobStreamer, SearchClientsProxy.noop(), new BrokerRequestAuthorizationConverter(security)),
                        new EngineConfiguration(), security)))
                .actorSchedulingService(scheduler)
                .clock(new ControllableStreamClockImpl(clock))
                .meterRegistry(new SimpleMeterRegistry())
                .build();

        EngineStateMonitor stateMonitor = new EngineStateMonitor(logStorage, streamProcessor);
        RecordStreamSource records = new RecordStreamSourceImpl(logStream.newLogStreamReader(), PARTITION_ID);
        InMemoryEngine engine = new InMemoryEngine(grpcServer, streamProcessor, gateway, database, logStream, scheduler, records, clock,
                stateMonitor);
        return new Trimmed(engine, streamProcessor, logStorage, directory);
    }

    /** The engine, with the log trimmed every second once it runs, and its directory removed once it stops. */
    private static final class Trimmed implements ZeebeTestEngine {

        private final InMemoryEngine engine;
        private final StreamProcessor streamProcessor;
        private final TrimmedLogStorage logStorage;
        private final Path directory;
        private final ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "convene-engine-log-trim");
            thread.setDaemon(true);
            return thread;
        });

        Trimmed(InMemoryEngine engine, StreamProcessor streamProcessor, TrimmedLogStorage logStorage, Path directory) {
            this.engine = engine;
            this.streamProcessor = streamProcessor;
            this.logStorage = logStorage;
            this.directory = directory;
        }

        @Override
        public void start() {
            engine.start();
            trimmer.scheduleWithFixedDelay(this::trim, TRIM_EVERY.toMillis(), TRIM_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void trim() {
            try {
                long processed = streamProcessor.getLastProcessedPositionAsync().join();
                if (processed > 0) {
                    logStorage.trimBelow(processed);
                }
            } catch (RuntimeException e) {
                log.debug("The engine's log was not trimmed this time: {}", e.getClass().getSimpleName());
            }
        }

        @Override
        public void stop() {
            trimmer.shutdownNow();
            engine.stop();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the engine's state in " + directory, e);
            }
        }

        @Override
        public RecordStreamSource getRecordStreamSource() {
            return engine.getRecordStreamSource();
        }

        @Override
        public io.camunda.zeebe.client.ZeebeClient createClient() {
            return engine.createClient();
        }

        @Override
        public io.camunda.zeebe.client.ZeebeClient createClient(com.fasterxml.jackson.databind.ObjectMapper objectMapper) {
            return engine.createClient(objectMapper);
        }

        @Override
        public String getGatewayAddress() {
            return engine.getGatewayAddress();
        }

        @Override
        public void increaseTime(Duration timeToAdd) {
            engine.increaseTime(timeToAdd);
        }

        @Override
        public void waitForIdleState(Duration timeout) throws InterruptedException, TimeoutException {
            engine.waitForIdleState(timeout);
        }

        @Override
        public void waitForBusyState(Duration timeout) throws InterruptedException, TimeoutException {
            engine.waitForBusyState(timeout);
        }
    }
}
