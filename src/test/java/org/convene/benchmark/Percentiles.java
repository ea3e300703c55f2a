package org.convene.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Nearest-rank percentiles of measured durations (milliseconds), and the report file they go to. */
final class Percentiles {

    private final List<Double> sorted;

    Percentiles(List<Double> values) {
        this.sorted = values.stream().sorted().toList();
    }

    double at(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static void report(String name, String line) {
        System.out.println("[benchmark] " + name + ": " + line);
        try {
            Path file = Path.of("target", "benchmarks", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
