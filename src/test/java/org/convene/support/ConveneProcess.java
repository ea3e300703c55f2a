package org.convene.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.convene.ConveneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Convene in a process of its own against an {@link EngineProcess}, for a test that ends it with {@code kill -9} as a
 * failing node would be. Its clock starts where the engine's is, and the test moves it beside the engine's through the
 * process's standard input; its database and mail server are the ones the test gives it.
 */
public final class ConveneProcess implements AutoCloseable {

    private static final String READY = "convene ready";
    private static final String DONE = "done";

    private final ChildJvm jvm;
    private final int port;

    private ConveneProcess(ChildJvm jvm, int port) {
        this.jvm = jvm;
        this.port = port;
    }

    /**
     * Starts Convene against the engine process, on a database of the test's own ({@link TestDatabase#ownDatabase}, as
     * {@link EngineProcess#convene} takes it) and with these settings, once it is ready.
     */
    public static ConveneProcess start(EngineProcess engine, String database, String... settings) {
        return start(engine, ChildJvm.SHORT_LIVED, database, settings);
    }

    /** The same, with these JVM options: a benchmark's replica runs as the one in the test's JVM does. */
    public static ConveneProcess start(EngineProcess engine, List<String> jvmOptions, String database, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(MovableClock.SHIFT.plus(engine.moved()).toString(), "--server.port=0",
                "--convene.test.database=as-configured"));
        engine.conveneSettings().forEach(setting -> arguments.add("--" + setting));
        TestDatabase.ownDatabase(database).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        Stream.of(settings).forEach(setting -> arguments.add("--" + setting));
        try {
            // A working directory of its own, as a service has: nothing of the project's (its bpmn/, its ./data) is found there.
            Path directory = Files.createTempDirectory("convene-process-");
            ChildJvm jvm = ChildJvm.start("Convene's process", ConveneProcess.class, jvmOptions, arguments, directory, directory.resolve("output.log"), READY);
            return new ConveneProcess(jvm, Integer.parseInt(jvm.answer()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where its pages and API answer. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The process id, which names it among the replicas (as the outbox's claims do). */
    public long pid() {
        return jvm.pid();
    }

    /** Moves its clock on, as the test moves the engine's. */
    public void advance(Duration duration) {
        jvm.ask("advance " + duration, DONE);
    }

    /**
     * Runs one of its scheduled tasks now, as its scheduler would at the task's time (the lock it takes included):
     * {@code Class.method}, for example {@code ManagerDigest.sendEachMorning}.
     */
    public void runScheduled(String method) {
        jvm.ask("run " + method, DONE);
    }

    /** Stops it as an orchestrator stops a service: its work in hand finished, its connections closed. */
    public void stop() {
        jvm.stop();
    }

    /** Ends it at once ({@code kill -9}): no shutdown hook, no transaction finished, no job completed. */
    public void kill() {
        jvm.kill();
    }

    @Override
    public void close() {
        kill();
    }

    /**
     * The process: {@code <clock shift> <Convene's arguments...>}. It answers {@value #READY} and its port once Convene
     * has started, then reads {@code advance <duration>} (moves its clock) and {@code run <Class.method>} (runs that
     * scheduled task), answering {@value #DONE} to each, until its input ends.
     */
    public static void main(String[] arguments) throws Exception {
        PrintStream answers = ChildJvm.answers();
        Duration shift = Duration.parse(arguments[0]);
        String[] settings = List.of(arguments).subList(1, arguments.length).toArray(String[]::new);
        EngineClock movedByTheTest = new EngineClock() {
            @Override
            public void increaseTime(Duration duration) {
                throw new UnsupportedOperationException("the test moves the engine's clock");
            }

            @Override
            public void jump(Duration duration) {
                throw new UnsupportedOperationException("the test moves the engine's clock");
            }

            @Override
            public Duration moved() {
                return shift.minus(MovableClock.SHIFT);
            }
        };
        ConfigurableApplicationContext convene = new SpringApplicationBuilder(ConveneApplication.class, TimeMachine.Configuration.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("engineClock", movedByTheTest))
                .run(settings);
        MovableClock clock = convene.getBean(MovableClock.class);
        answers.println(READY);
        answers.println(((WebServerApplicationContext) convene).getWebServer().getPort());
        answers.flush();
        BufferedReader input = ChildJvm.commands();
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            String[] words = line.split(" ");
            if (words[0].equals("advance")) {
                clock.advance(Duration.parse(words[1]));
            } else {
                runScheduled(convene, words[1]);
            }
            answers.println(DONE);
            answers.flush();
        }
        convene.close();
        System.exit(0);
    }

    /** Runs one of a Convene's scheduled tasks now, as its scheduler would (see {@link #runScheduled(String)}). */
    public static void runScheduled(ConfigurableApplicationContext convene, String method) {
        convene.getBeansOfType(ScheduledTaskHolder.class).values().stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).filter(task -> task.getRunnable().toString().endsWith(method))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No scheduled task " + method)).getRunnable().run();
    }
}
