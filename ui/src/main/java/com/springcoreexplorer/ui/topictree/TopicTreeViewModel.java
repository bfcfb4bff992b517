package com.springcoreexplorer.ui.topictree;

import com.springcoreexplorer.ui.fx.FxThread;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TreeItem;

/**
 * The tree the TreeView shows, kept in step with the topic model by {@link #apply} (FX thread, once
 * per pulse). Items are created once per topic and only get new values afterwards, so the selection
 * and expansion never jump while messages arrive. The filter shows matching topics and their
 * ancestors in a second tree built from the same snapshots.
 */
public final class TopicTreeViewModel {

    private static final Comparator<TreeItem<TopicSnapshot>> BY_NAME =
            Comparator.comparing(item -> item.getValue().name(), String.CASE_INSENSITIVE_ORDER);

    private final TreeItem<TopicSnapshot> fullRoot = new TreeItem<>(root());
    private final Map<String, TreeItem<TopicSnapshot>> itemsByPath = new HashMap<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyLongWrapper topicCount = new ReadOnlyLongWrapper();
    private TreeItem<TopicSnapshot> filteredRoot;
    private final Map<String, TreeItem<TopicSnapshot>> filteredByPath = new HashMap<>();
    private final javafx.beans.property.ObjectProperty<TreeItem<TopicSnapshot>> shownRoot =
            new javafx.beans.property.SimpleObjectProperty<>(fullRoot);

    /** springcard / springcore / {reader}: open on arrival. */
    static final int AUTO_EXPAND_DEPTH = 3;

    private static int depth(String path) {
        int depth = 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    public TopicTreeViewModel() {
        fullRoot.setExpanded(true);
        itemsByPath.put("", fullRoot);
        filter.addListener((obs, old, text) -> rebuildFilter());
    }

    private static TopicSnapshot root() {
        return new TopicSnapshot("", "", 0, 0, false, 0, null, "");
    }

    /** FX thread: applies what changed in the model since the last pulse. */
    public void apply(TopicChanges changes) {
        FxThread.check("TopicTreeViewModel.apply");
        if (changes.cleared()) {
            fullRoot.getChildren().clear();
            itemsByPath.clear();
            itemsByPath.put("", fullRoot);
            fullRoot.setValue(root());
        }
        List<TopicSnapshot> addedForFilter = new ArrayList<>();
        for (TopicSnapshot node : changes.added()) {
            if (node.path().isEmpty()) {
                fullRoot.setValue(node);
                continue;
            }
            TreeItem<TopicSnapshot> existing = itemsByPath.get(node.path());
            if (existing != null) {
                existing.setValue(node);
                continue;
            }
            TreeItem<TopicSnapshot> parent = parentOf(node.path(), itemsByPath, fullRoot);
            TreeItem<TopicSnapshot> item = new TreeItem<>(node);
            // prefix levels and readers open by themselves; a reader's own channels stay folded
            item.setExpanded(depth(node.path()) < AUTO_EXPAND_DEPTH);
            insertSorted(parent, item);
            itemsByPath.put(node.path(), item);
            addedForFilter.add(node);
        }
        for (TopicSnapshot node : changes.changed()) {
            TreeItem<TopicSnapshot> item = itemsByPath.get(node.path());
            if (item != null) {
                item.setValue(node);
            }
            TreeItem<TopicSnapshot> filtered = filteredByPath.get(node.path());
            if (filtered != null) {
                filtered.setValue(node);
            }
        }
        topicCount.set(itemsByPath.values().stream().filter(item -> item.getValue().hasMessage()).count());
        if (changes.cleared()) {
            rebuildFilter();
        } else if (filteredRoot != null) {
            addedForFilter.forEach(this::addToFilterIfMatching);
        }
    }

    private TreeItem<TopicSnapshot> parentOf(String path, Map<String, TreeItem<TopicSnapshot>> index, TreeItem<TopicSnapshot> root) {
        int slash = path.lastIndexOf('/');
        String parentPath = slash < 0 ? "" : path.substring(0, slash);
        TreeItem<TopicSnapshot> parent = index.get(parentPath);
        if (parent != null) {
            return parent;
        }
        // parents always come first from the model; a stray one gets a placeholder node so nothing is lost
        TreeItem<TopicSnapshot> grandParent = parentOf(parentPath, index, root);
        String name = slash < 0 ? path : parentPath.substring(parentPath.lastIndexOf('/') + 1);
        TreeItem<TopicSnapshot> placeholder = new TreeItem<>(new TopicSnapshot(parentPath, name, 0, 0, false, 0, null, ""));
        insertSorted(grandParent, placeholder);
        index.put(parentPath, placeholder);
        return placeholder;
    }

    private static void insertSorted(TreeItem<TopicSnapshot> parent, TreeItem<TopicSnapshot> item) {
        List<TreeItem<TopicSnapshot>> children = parent.getChildren();
        int at = Collections.binarySearch(children, item, BY_NAME);
        children.add(at < 0 ? -at - 1 : at, item);
    }

    private void rebuildFilter() {
        String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        filteredByPath.clear();
        if (text.isEmpty()) {
            filteredRoot = null;
            shownRoot.set(fullRoot);
            return;
        }
        filteredRoot = new TreeItem<>(fullRoot.getValue());
        filteredRoot.setExpanded(true);
        filteredByPath.put("", filteredRoot);
        List<TopicSnapshot> matches = new ArrayList<>();
        collect(fullRoot, text, matches);
        matches.forEach(this::addToFilterIfMatching);
        shownRoot.set(filteredRoot);
    }

    private static void collect(TreeItem<TopicSnapshot> item, String text, List<TopicSnapshot> out) {
        for (TreeItem<TopicSnapshot> child : item.getChildren()) {
            if (child.getValue().path().toLowerCase(Locale.ROOT).contains(text)) {
                out.add(child.getValue());
            }
            collect(child, text, out);
        }
    }

    private void addToFilterIfMatching(TopicSnapshot node) {
        String text = filter.get().trim().toLowerCase(Locale.ROOT);
        if (!node.path().toLowerCase(Locale.ROOT).contains(text) || filteredByPath.containsKey(node.path())) {
            return;
        }
        ensureFiltered(node.path());
    }

    private TreeItem<TopicSnapshot> ensureFiltered(String path) {
        TreeItem<TopicSnapshot> existing = filteredByPath.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        TreeItem<TopicSnapshot> parent = ensureFiltered(slash < 0 ? "" : path.substring(0, slash));
        TreeItem<TopicSnapshot> item = new TreeItem<>(itemsByPath.get(path).getValue());
        item.setExpanded(true);
        insertSorted(parent, item);
        filteredByPath.put(path, item);
        return item;
    }

    /** Expands or collapses every node of the shown tree. */
    public void setAllExpanded(boolean expanded) {
        FxThread.check("TopicTreeViewModel.setAllExpanded");
        setExpanded(shownRoot.get(), expanded);
        shownRoot.get().setExpanded(true);
    }

    private static void setExpanded(TreeItem<TopicSnapshot> item, boolean expanded) {
        item.setExpanded(expanded);
        item.getChildren().forEach(child -> setExpanded(child, expanded));
    }

    /** Every topic path with a message, for topic completion in the publish panel. */
    public List<String> topicPaths() {
        return itemsByPath.values().stream().map(TreeItem::getValue).filter(TopicSnapshot::hasMessage)
                .map(TopicSnapshot::path).sorted().toList();
    }

    /** The item for a path in the shown tree, if present (to reveal a topic picked elsewhere). */
    public TreeItem<TopicSnapshot> shownItem(String path) {
        return filteredRoot == null ? itemsByPath.get(path) : filteredByPath.get(path);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<TreeItem<TopicSnapshot>> shownRootProperty() {
        return shownRoot;
    }

    public ReadOnlyLongProperty topicCountProperty() {
        return topicCount.getReadOnlyProperty();
    }

    static String age(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        long seconds = Math.max(0, now.getEpochSecond() - at.getEpochSecond());
        return seconds < 60 ? seconds + " s ago" : seconds < 3600 ? seconds / 60 + " min ago" : seconds / 3600 + " h ago";
    }
}
