package org.convene.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signed checkpoints of the audit chain (how many events, and the newest one's hash), appended to a file outside the
 * database, as append-only logs such as Certificate Transparency publish their signed tree heads. The verifier holds
 * the chain to the newest one: events removed, or rewritten and re-chained, before it are caught even by someone who
 * can write to the database. One is written at start, every {@code convene.audit.checkpoint-interval} when the
 * chain has grown ({@link AuditCheckpointSchedule}), after every approval of minutes, and for the daily mail to the
 * auditor.
 */
public class AuditCheckpoints {

    private final Path file;
    private final AuditHash hash;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditCheckpoints(Path file, AuditHash hash, JdbcTemplate jdbc, Clock clock) {
        this.file = file;
        this.hash = hash;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of the file: {@code at seq hash keyedFrom signature}, the signature covering the rest. */
    public record Checkpoint(Instant at, long seq, String hash, long keyedFrom, String signature) {

        String signed() {
            return signed(at, seq, hash, keyedFrom);
        }

        static String signed(Instant at, long seq, String hash, long keyedFrom) {
            return at + " " + seq + " " + hash + " " + keyedFrom;
        }

        /** The line as written to the file, for a copy kept elsewhere. */
        public String line() {
            return signed() + " " + signature;
        }

        static Optional<Checkpoint> parse(String line) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 5) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Checkpoint(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2], Long.parseLong(parts[3]), parts[4]));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** What the file holds: its checkpoints in order, and the number of the first line that is not a genuine one. */
    record Anchored(List<Checkpoint> checkpoints, Integer firstForgedLine) {

        Optional<Checkpoint> newest() {
            return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.getLast());
        }
    }

    public synchronized Checkpoint write() {
        ChainHead head = ChainHead.read(jdbc);
        Instant at = clock.instant();
        Checkpoint checkpoint = new Checkpoint(at, head.lastSeq(), head.lastHash(), head.keyedFrom(),
                hash.sign(Checkpoint.signed(at, head.lastSeq(), head.lastHash(), head.keyedFrom())));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, checkpoint.line() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append an audit checkpoint to " + file, e);
        }
        return checkpoint;
    }

    /** Only when the chain has grown since the newest checkpoint. */
    void writeIfGrown() {
        long seq = ChainHead.read(jdbc).lastSeq();
        if (read().newest().map(newest -> newest.seq() != seq).orElse(true)) {
            write();
        }
    }

    Anchored read() {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Anchored(checkpoints, null);
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                Optional<Checkpoint> checkpoint = Checkpoint.parse(lines.get(i));
                if (checkpoint.isEmpty() || !hash.verifies(checkpoint.get().signed(), checkpoint.get().signature())) {
                    return new Anchored(checkpoints, i + 1);
                }
                checkpoints.add(checkpoint.get());
            }
            return new Anchored(checkpoints, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints in " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
