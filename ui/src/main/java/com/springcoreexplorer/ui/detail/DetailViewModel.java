package com.springcoreexplorer.ui.detail;

import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.FxThread;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane's state: the selected topic's history (loaded from the store on a worker, then
 * extended live once per pulse) and the selected message within it.
 */
public final class DetailViewModel {

    /** Live history kept per selected topic; the store keeps its own (deeper) ring. */
    static final int MAX_HISTORY = 200;

    private final MessageHistory feed;
    private final Background background;
    private final ReadOnlyStringWrapper topic = new ReadOnlyStringWrapper("");
    private final ObservableList<MessageView> history = FXCollections.observableArrayList();
    private final ObjectProperty<MessageView> selected = new SimpleObjectProperty<>();
    private long loadGeneration;
    private java.time.Instant wanted;

    public DetailViewModel(MessageHistory feed, Background background) {
        this.feed = feed;
        this.background = background;
    }

    /** FX thread: shows {@code path}'s messages (newest selected); the store read runs on a worker. */
    public void showTopic(String path) {
        showMessage(path, null);
    }

    /** FX thread: shows {@code path}'s messages with the one received at {@code receivedAt} selected (a tag event's own message). */
    public void showMessage(String path, java.time.Instant receivedAt) {
        FxThread.check("DetailViewModel.showMessage");
        wanted = receivedAt;
        if (path == null || path.equals(topic.get())) {
            selectWanted();
            return;
        }
        topic.set(path);
        history.clear();
        selected.set(null);
        if (path.isEmpty()) {
            return;
        }
        long generation = ++loadGeneration;
        background.run(() -> feed.history(path), outcome -> {
            if (generation != loadGeneration || !outcome.ok()) {
                return;
            }
            List<MessageView> loaded = outcome.value();
            List<MessageView> tail =
                    loaded.size() > MAX_HISTORY ? loaded.subList(loaded.size() - MAX_HISTORY, loaded.size()) : loaded;
            long newestLive =
                    history.isEmpty() ? Long.MAX_VALUE : history.getFirst().sequence();
            history.addAll(
                    0,
                    tail.stream()
                            .filter(message -> message.sequence() < newestLive)
                            .toList());
            if (!selectWanted() && selected.get() == null && !history.isEmpty()) {
                selected.set(history.getLast());
            }
        });
    }

    /**
     * FX thread: reads the shown topic's history again (the feed behind it was replaced or moved in
     * time); the selected message stays selected when it is still there, else the newest is.
     */
    public void reload() {
        FxThread.check("DetailViewModel.reload");
        String path = topic.get();
        if (path.isEmpty()) {
            return;
        }
        long keep = selected.get() == null ? -1 : selected.get().sequence();
        long generation = ++loadGeneration;
        background.run(() -> feed.history(path), outcome -> {
            if (generation != loadGeneration || !outcome.ok()) {
                return;
            }
            List<MessageView> loaded = outcome.value();
            history.setAll(
                    loaded.size() > MAX_HISTORY ? loaded.subList(loaded.size() - MAX_HISTORY, loaded.size()) : loaded);
            MessageView same = history.stream()
                    .filter(message -> message.sequence() == keep)
                    .findFirst()
                    .orElse(null);
            selected.set(same != null ? same : history.isEmpty() ? null : history.getLast());
        });
    }

    private boolean selectWanted() {
        if (wanted == null) {
            return false;
        }
        for (MessageView message : history) {
            if (message.message().receivedAt().equals(wanted)) {
                selected.set(message);
                return true;
            }
        }
        return false;
    }

    /** FX thread, once per pulse: new messages; those on the shown topic join its history. */
    public void onMessages(List<MessageView> latest) {
        FxThread.check("DetailViewModel.onMessages");
        String shown = topic.get();
        if (shown.isEmpty()) {
            return;
        }
        boolean followNewest = wanted == null
                && (selected.get() == null || (!history.isEmpty() && selected.get() == history.getLast()));
        boolean added = false;
        for (MessageView message : latest) {
            if (message.topic().equals(shown)
                    && (history.isEmpty()
                            || message.sequence() > history.getLast().sequence())) {
                history.add(message);
                added = true;
            }
        }
        if (history.size() > MAX_HISTORY) {
            history.remove(0, history.size() - MAX_HISTORY);
        }
        if (added && followNewest) {
            selected.set(history.getLast());
        }
    }

    /** FX thread: everything was cleared. */
    public void clear() {
        history.clear();
        selected.set(null);
    }

    /** The message before the selected one on the same topic, or null. */
    public MessageView previousOfSelected() {
        int index = history.indexOf(selected.get());
        return index > 0 ? history.get(index - 1) : null;
    }

    public ReadOnlyStringProperty topicProperty() {
        return topic.getReadOnlyProperty();
    }

    public ObservableList<MessageView> history() {
        return history;
    }

    public ObjectProperty<MessageView> selectedProperty() {
        return selected;
    }
}
