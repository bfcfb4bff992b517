package com.springcoreexplorer.ui.topictree;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import com.springcoreexplorer.mqtt.topictree.TopicFilter;
import com.springcoreexplorer.ui.fx.FxThread;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The topic tree's state (FX thread): the filter as typed, the number of topics with a message, and
 * the {@link TopicTreeItems} the TreeView shows, kept in step with the topic model by {@link #apply}
 * once per pulse. The JavaFX items live in {@link TopicTreeItems}: a view model holds no scene type.
 */
public final class TopicTreeViewModel {

    private final TopicTreeItems items = new TopicTreeItems();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyLongWrapper topicCount = new ReadOnlyLongWrapper();

    public TopicTreeViewModel() {
        filter.addListener((obs, old, text) -> items.filter(parseFilter(text)));
    }

    /** FX thread: applies what changed in the model since the last pulse. */
    public void apply(TopicChanges changes) {
        FxThread.check("TopicTreeViewModel.apply");
        items.apply(changes);
        topicCount.set(items.topicsWithMessages());
    }

    /**
     * The engine's filter semantics: an MQTT filter when the text holds + or # (and is well formed),
     * else a substring; null for an empty box.
     */
    private static TopicFilter parseFilter(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return null;
        }
        boolean wildcard =
                TopicFilters.hasWildcard(text) && TopicFilters.problem(text).isEmpty();
        return wildcard ? TopicFilter.wildcard(text) : TopicFilter.substring(text);
    }

    /** The items the TreeView shows (the full tree, or the filtered one). */
    public TopicTreeItems items() {
        return items;
    }

    /** Every topic path with a message, for topic completion in the publish panel. */
    public List<String> topicPaths() {
        return items.topicPaths();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyLongProperty topicCountProperty() {
        return topicCount.getReadOnlyProperty();
    }

    static String age(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        long seconds = Math.max(0, now.getEpochSecond() - at.getEpochSecond());
        return seconds < 60
                ? seconds + " s ago"
                : seconds < 3600 ? seconds / 60 + " min ago" : seconds / 3600 + " h ago";
    }
}
