package com.springcoreexplorer.mqtt.recording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Several recordings read as one, merged by reception time: the files of several recorders that split
 * one broker's flood ({@code record --share}), or the files of several days. Ties keep the files' order.
 */
public final class MergedHistory implements Iterator<RecordedMessage>, AutoCloseable {

    private record Head(RecordedMessage message, int file, RecordingReader.Cursor cursor) {}

    private static final Comparator<Head> ORDER = Comparator.comparing(
                    (Head h) -> h.message().receivedAt())
            .thenComparingInt(Head::file)
            .thenComparingLong(h -> h.message().id());

    private final List<RecordingReader> readers;
    private final List<RecordingReader.Cursor> cursors = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>(ORDER);
    private final long limit;
    private long returned;

    private MergedHistory(List<RecordingReader> readers, RecordingQuery query) throws RecordingException {
        this.readers = readers;
        this.limit = query.limit();
        RecordingQuery perFile = query.withLimit(query.limit());
        for (int i = 0; i < readers.size(); i++) {
            RecordingReader.Cursor cursor = readers.get(i).cursor(perFile);
            cursors.add(cursor);
            advance(i, cursor);
        }
    }

    /** Opens every file (all or none) and reads the query from them, merged. */
    public static MergedHistory open(List<Path> files, RecordingQuery query) throws RecordingException {
        List<RecordingReader> readers = new ArrayList<>();
        try {
            for (Path file : files) {
                readers.add(RecordingReader.open(file));
            }
            return new MergedHistory(readers, query);
        } catch (RecordingException | RuntimeException e) {
            readers.forEach(RecordingReader::close);
            throw e;
        }
    }

    private void advance(int file, RecordingReader.Cursor cursor) {
        if (cursor.hasNext()) {
            heads.add(new Head(cursor.next(), file, cursor));
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty() && (limit == 0 || returned < limit);
    }

    @Override
    public RecordedMessage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Head head = heads.poll();
        advance(head.file(), head.cursor());
        returned++;
        return head.message();
    }

    @Override
    public void close() {
        cursors.forEach(RecordingReader.Cursor::close);
        readers.forEach(RecordingReader::close);
    }
}
