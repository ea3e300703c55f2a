package org.convene.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convene.ConveneApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Convene in a process of its own against an {@link EngineProcess}, for a test that ends it with {@code kill -9} as a
 * failing node would be. Its clock starts where the engine's is, and the test moves it beside the engine's through the
 * process's standard input; its database is the one the test gives it.
 */
public final class ConveneProcess implements AutoCloseable {

    private static final String READY = "convene ready";
    private static final String DONE = "done";

    private final Process process;
    private final Path output;
    private final PrintWriter commands;
    private final BufferedReader answers;

    private ConveneProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts Convene against the engine process, on this database, and returns once it is ready. */
    public static ConveneProcess start(EngineProcess engine, Map<String, String> database) {
        try {
            List<String> arguments = new ArrayList<>(List.of(MovableClock.SHIFT.plus(engine.moved()).toString(), "--server.port=0",
                    "--convene.test.database=as-configured"));
            engine.conveneSettings().forEach(setting -> arguments.add("--" + setting));
            database.forEach((name, value) -> arguments.add("--" + name + "=" + value));
            // A working directory of its own, as a service has: nothing of the project's (its bpmn/, its ./data) is found there.
            Path directory = Files.createTempDirectory("convene-process-");
            Path output = directory.resolve("output.log");
            Process process = new ProcessBuilder(ChildJvm.command(ConveneProcess.class, arguments)).directory(directory.toFile())
                    .redirectError(output.toFile()).start();
            ConveneProcess convene = new ConveneProcess(process, output);
            convene.expect(READY);
            return convene;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves its clock on, as the test moves the engine's. */
    public void advance(Duration duration) {
        commands.println("advance " + duration);
        expect(DONE);
    }

    /** Ends it at once ({@code kill -9}): no shutdown hook, no transaction finished, no job completed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void expect(String answer) {
        try {
            String line = answers.readLine();
            if (!answer.equals(line)) {
                String printed = Files.readString(output);
                throw new IllegalStateException("Convene's process answered " + line + " instead of " + answer + "; it printed:\n"
                        + printed.substring(Math.max(0, printed.length() - 6000)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The process: {@code <clock shift> <Convene's arguments...>}. It answers {@value #READY} once Convene has started,
     * then reads {@code advance <duration>} (moves its clock and answers {@value #DONE}) until its input ends.
     */
    public static void main(String[] arguments) throws Exception {
        // Standard output carries the answers; Convene's log goes to standard error.
        PrintStream answers = System.out;
        System.setOut(System.err);
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
        answers.flush();
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null; line = input.readLine()) {
            clock.advance(Duration.parse(line.split(" ")[1]));
            answers.println(DONE);
            answers.flush();
        }
        convene.close();
        System.exit(0);
    }
}
