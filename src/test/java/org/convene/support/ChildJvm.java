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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class of this test run started in a JVM of its own, as an orchestrator starts a service, and spoken to a line at a
 * time: the test writes a command to its standard input and reads the answer from its standard output, while its log
 * goes to a file that a wrong answer prints the end of.
 */
public final class ChildJvm {

    private final String name;
    private final Process process;
    private final Path output;
    private final PrintWriter commands;
    private final BufferedReader answers;

    private ChildJvm(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** A test's child: a small heap, and the quick compiler only (as .mvn/jvm.config gives Maven), for seconds or minutes. */
    public static final List<String> SHORT_LIVED = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    /** The command that starts {@code main} in a JVM of its own. */
    public static List<String> command(Class<?> main, List<String> arguments) {
        return command(main, SHORT_LIVED, arguments);
    }

    public static List<String> command(Class<?> main, List<String> options, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return command;
    }

    /** Starts {@code main} in {@code directory}, its log in {@code output}, and waits for its first answer. */
    public static ChildJvm start(String name, Class<?> main, List<String> options, List<String> arguments, Path directory, Path output,
                                 String firstAnswer) {
        try {
            Process process = new ProcessBuilder(command(main, options, arguments)).directory(directory.toFile()).redirectError(output.toFile()).start();
            ChildJvm child = new ChildJvm(name, process, output);
            child.expect(firstAnswer);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a command and waits for its answer. */
    public void ask(String command, String answer) {
        commands.println(command);
        expect(answer);
    }

    public long pid() {
        return process.pid();
    }

    /** Ends its input, which its main takes as the sign to stop as a service is stopped, and waits for it to end. */
    public void stop() {
        commands.close();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends it at once ({@code kill -9}): no shutdown hook runs, no transaction is finished. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next line it answers. */
    public String answer() {
        try {
            String line = answers.readLine();
            if (line == null) {
                throw new IllegalStateException(name + " ended; it printed:\n" + tail());
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void expect(String answer) {
        String line = answer();
        if (!answer.equals(line)) {
            throw new IllegalStateException(name + " answered " + line + " instead of " + answer + "; it printed:\n" + tail());
        }
    }

    private String tail() {
        try {
            String printed = Files.readString(output);
            return printed.substring(Math.max(0, printed.length() - 6000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For the child's {@code main}: its answers go to the standard output it was started with, and anything else it
     * prints (its log) to standard error, so that a log line is never read as an answer.
     */
    public static PrintStream answers() {
        PrintStream answers = System.out;
        System.setOut(System.err);
        return answers;
    }

    /** For the child's {@code main}: the commands the test writes, until it closes them. */
    public static BufferedReader commands() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
