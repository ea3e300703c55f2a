package org.convene.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * How an unexpected exception is written to the log: the kinds of exception in its chain and where each was thrown,
 * never their messages, which can hold SQL, a child's name or a restricted entry (a failed write's message quotes the
 * entity it was saving).
 */
public final class Errors {

    private static final int FRAMES = 8;

    private Errors() {
    }

    public static String describe(Throwable error) {
        List<String> lines = new ArrayList<>();
        for (Throwable cause = error; cause != null && lines.size() < 10; cause = cause.getCause() == cause ? null : cause.getCause()) {
            StringBuilder line = new StringBuilder(lines.isEmpty() ? "" : "caused by ").append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                line.append("\n\tat ").append(frames[i]);
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }
}
