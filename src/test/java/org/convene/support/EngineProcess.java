package org.convene.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Zeebe engine in a process of its own, reached over gRPC on a loopback port, as Convene sees a Camunda 8 cluster
 * with {@code convene.engine=remote}. It is Convene's embedded wiring started by {@link #main}; the test moves its clock
 * through the process's standard input. Its log is in memory, so a restarted engine process starts empty, as a cluster
 * that lost its state would: what it held is rebuilt by Convene's recovery.
 */
public final class EngineProcess implements EngineClock, AutoCloseable {

    private static final String READY = "engine ready";
    private static final String DONE = "done";

    private final int port;
    private final Path output;
    private ChildJvm process;
    private Duration moved = Duration.ZERO;

    private EngineProcess(int port, Path output) {
        this.port = port;
        this.output = output;
    }

    /** Starts an engine process on a free port, its clock {@link MovableClock#SHIFT} ahead of real time as the tests' clocks are. */
    public static EngineProcess start() {
        try {
            EngineProcess engine = new EngineProcess(TestPorts.free(), Files.createTempFile("convene-engine-", ".log"));
            engine.launch();
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gateway's address, for {@code camunda.client.grpc-address}. */
    public String address() {
        return "http://127.0.0.1:" + port;
    }

    /** The settings that point Convene at this engine. */
    public List<String> conveneSettings() {
        return List.of("convene.engine=remote", "camunda.client.grpc-address=" + address(), "camunda.client.rest-address=" + address(),
                "camunda.client.prefer-rest-over-grpc=false");
    }

    /**
     * Convene in this JVM against this engine, which is its engine clock too, on a database of the test's own
     * ({@link TestDatabase#ownDatabase}), with these settings. Closing it leaves the engine process running.
     */
    public ConfigurableApplicationContext convene(String database, String... settings) {
        return OwnConvene.builder(database, settings)
                // Registered as an object, not a bean definition, so that the context's close does not close it.
                .initializers(context -> context.getBeanFactory().registerSingleton("engineClock", this))
                .run(conveneSettings().stream().map(setting -> "--" + setting).toArray(String[]::new));
    }

    @Override
    public synchronized void increaseTime(Duration duration) {
        ask("advance " + duration);
        moved = moved.plus(duration);
    }

    @Override
    public synchronized void jump(Duration duration) {
        ask("jump " + duration);
        moved = moved.plus(duration);
    }

    @Override
    public synchronized Duration moved() {
        return moved;
    }

    /** Ends the engine process at once ({@code kill -9}), as a broker that fails. */
    public synchronized void kill() {
        process.kill();
    }

    /** Starts the engine process again on the same port, empty, with its clock where it was. */
    public synchronized void restart() {
        kill();
        launch();
    }

    @Override
    public synchronized void close() {
        kill();
    }

    private void launch() {
        List<String> arguments = List.of(String.valueOf(port), MovableClock.SHIFT.plus(moved).toString());
        process = ChildJvm.start("The engine process", EngineProcess.class, ChildJvm.SHORT_LIVED, arguments, output.getParent(), output, READY);
    }

    private void ask(String command) {
        process.ask(command, DONE);
    }

    /**
     * The engine process: {@code <port> <clock shift>}. It answers {@value #READY} once its gateway listens, then reads
     * {@code advance <duration>} (moves its clock and answers {@value #DONE} once it has worked off what fell due) or
     * {@code jump <duration>} (answers once the clock has moved) until its input ends.
     */
    public static void main(String[] arguments) throws Exception {
        PrintStream answers = ChildJvm.answers();
        int port = Integer.parseInt(arguments[0]);
        Duration shift = Duration.parse(arguments[1]);
        ZeebeTestEngine engine = RocksDbEngineFactory.create(port, Files.createTempDirectory("convene-engine-process-"), 128L << 20);
        engine.start();
        if (!shift.isZero()) {
            engine.increaseTime(shift);
        }
        BufferedReader input = ChildJvm.commands();
        answers.println(READY);
        answers.flush();
        EngineClock clock = EngineClock.of(engine);
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            String[] words = line.split(" ");
            Duration duration = Duration.parse(words[1]);
            if (words[0].equals("advance")) {
                clock.increaseTime(duration);
            } else {
                clock.jump(duration);
            }
            answers.println(DONE);
            answers.flush();
        }
        engine.stop();
        System.exit(0);
    }
}
