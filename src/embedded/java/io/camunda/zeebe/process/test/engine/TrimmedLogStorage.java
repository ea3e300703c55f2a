package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's log in memory, as {@link InMemoryLogStorage} keeps it, except that blocks wholly below the position the
 * stream processor has processed can be dropped ({@link #trimBelow}): the engine's state is in RocksDB and nothing
 * replays the log (a start is always fresh), so the log need only hold what is still to be processed. It extends
 * {@link InMemoryLogStorage} only because {@link EngineStateMonitor} takes that type; none of its state is used.
 */
final class TrimmedLogStorage extends InMemoryLogStorage {

    private record Block(long highestPosition, ByteBuffer buffer) {
    }

    /** Blocks by their lowest position. */
    private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter bufferWriter, AppendListener listener) {
        ByteBuffer buffer = ByteBuffer.allocate(bufferWriter.getLength());
        bufferWriter.write(new UnsafeBuffer(buffer), 0);
        append(lowestPosition, highestPosition, buffer, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer blockBuffer, AppendListener listener) {
        blocks.put(lowestPosition, new Block(highestPosition, blockBuffer));
        listener.onWrite(lowestPosition, highestPosition);
        listener.onCommit(lowestPosition, highestPosition);
        commitListeners.forEach(CommitListener::onCommit);
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    /** Drops every block whose records all lie below {@code position}. */
    void trimBelow(long position) {
        blocks.headMap(position).entrySet().removeIf(block -> block.getValue().highestPosition() < position);
    }

    /** Reads blocks in order from a position, skipping any dropped meanwhile. */
    private final class Reader implements LogStorageReader {

        private long next = Long.MIN_VALUE;

        @Override
        public void seek(long position) {
            Long containing = blocks.lowerKey(position);
            next = containing == null ? Long.MIN_VALUE : containing;
        }

        @Override
        public boolean hasNext() {
            return blocks.ceilingKey(next) != null;
        }

        @Override
        public DirectBuffer next() {
            Map.Entry<Long, Block> block = blocks.ceilingEntry(next);
            if (block == null) {
                throw new NoSuchElementException();
            }
            next = block.getKey() + 1;
            return new UnsafeBuffer(block.getValue().buffer());
        }

        @Override
        public void close() {
        }
    }
}
