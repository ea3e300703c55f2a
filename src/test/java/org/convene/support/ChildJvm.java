package org.convene.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts a class of this test run in a JVM of its own, as an orchestrator would start a service. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static List<String> command(Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                // The quick compiler only, as .mvn/jvm.config gives Maven: these JVMs live for seconds or minutes.
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return command;
    }
}
