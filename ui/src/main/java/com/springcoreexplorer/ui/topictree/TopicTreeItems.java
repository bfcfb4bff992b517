package com.springcoreexplorer.ui.topictree;

import com.springcoreexplorer.mqtt.topictree.TopicFilter;
import com.springcoreexplorer.ui.fx.FxThread;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TreeItem;

/**
 * The TreeView's items, kept in step with the topic model by {@link #apply} (FX thread, once per
 * pulse); owned by {@link TopicTreeViewModel}, which holds the state the view binds to and no
 * JavaFX scene type. Items are created once per topic and only get new values afterwards, so the
 * selection and expansion never jump while messages arrive. A filter shows matching topics and
 * their ancestors in a second tree built from the same snapshots.
 */
public final class TopicTreeItems {

    private static final Comparator<TreeItem<TopicEntry>> BY_NAME =
            Comparator.comparing(item -> item.getValue().name(), String.CASE_INSENSITIVE_ORDER);

    private final TreeItem<TopicEntry> fullRoot = new TreeItem<>(new TopicEntry(root()));
    private final Map<String, TreeItem<TopicEntry>> itemsByPath = new HashMap<>();
    private TreeItem<TopicEntry> filteredRoot;
    /** What the filter box asks for, parsed once per edit (null: no filter). */
    private TopicFilter activeFilter;

    private long withMessages;
    private final Map<String, TreeItem<TopicEntry>> filteredByPath = new HashMap<>();
    private final ObjectProperty<TreeItem<TopicEntry>> shownRoot = new SimpleObjectProperty<>(fullRoot);

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

    TopicTreeItems() {
        fullRoot.setExpanded(true);
        itemsByPath.put("", fullRoot);
    }

    private static TopicSnapshot root() {
        return new TopicSnapshot("", "", 0, 0, false, 0, null, "");
    }

    /** FX thread: applies what changed in the model since the last pulse. */
    void apply(TopicChanges changes) {
        FxThread.check("TopicTreeItems.apply");
        if (changes.cleared()) {
            fullRoot.getChildren().clear();
            itemsByPath.clear();
            itemsByPath.put("", fullRoot);
            fullRoot.getValue().update(root());
            withMessages = 0;
        }
        List<TopicSnapshot> addedForFilter = new ArrayList<>();
        for (TopicSnapshot node : changes.added()) {
            if (node.path().isEmpty()) {
                fullRoot.getValue().update(node);
                continue;
            }
            TreeItem<TopicEntry> existing = itemsByPath.get(node.path());
            if (existing != null) {
                update(existing, node);
                continue;
            }
            if (node.hasMessage()) {
                withMessages++;
            }
            TreeItem<TopicEntry> parent = parentOf(node.path(), itemsByPath, fullRoot);
            TreeItem<TopicEntry> item = new TreeItem<>(new TopicEntry(node));
            // prefix levels and readers open by themselves; a reader's own channels stay folded
            item.setExpanded(depth(node.path()) < AUTO_EXPAND_DEPTH);
            insertSorted(parent, item);
            itemsByPath.put(node.path(), item);
            addedForFilter.add(node);
        }
        for (TopicSnapshot node : changes.changed()) {
            TreeItem<TopicEntry> item = itemsByPath.get(node.path());
            if (item != null) {
                update(item, node);
            }
        }
        if (changes.cleared()) {
            filter(activeFilter);
        } else if (filteredRoot != null) {
            addedForFilter.forEach(this::addToFilterIfMatching);
        }
    }

    private void update(TreeItem<TopicEntry> item, TopicSnapshot next) {
        if (!item.getValue().snapshot().hasMessage() && next.hasMessage()) {
            withMessages++;
        }
        item.getValue().update(next);
    }

    private TreeItem<TopicEntry> parentOf(
            String path, Map<String, TreeItem<TopicEntry>> index, TreeItem<TopicEntry> root) {
        int slash = path.lastIndexOf('/');
        String parentPath = slash < 0 ? "" : path.substring(0, slash);
        TreeItem<TopicEntry> parent = index.get(parentPath);
        if (parent != null) {
            return parent;
        }
        // parents always come first from the model; a stray one gets a placeholder node so nothing is lost
        TreeItem<TopicEntry> grandParent = parentOf(parentPath, index, root);
        String name = slash < 0 ? path : parentPath.substring(parentPath.lastIndexOf('/') + 1);
        TreeItem<TopicEntry> placeholder =
                new TreeItem<>(new TopicEntry(new TopicSnapshot(parentPath, name, 0, 0, false, 0, null, "")));
        insertSorted(grandParent, placeholder);
        index.put(parentPath, placeholder);
        return placeholder;
    }

    private static void insertSorted(TreeItem<TopicEntry> parent, TreeItem<TopicEntry> item) {
        List<TreeItem<TopicEntry>> children = parent.getChildren();
        int at = Collections.binarySearch(children, item, BY_NAME);
        children.add(at < 0 ? -at - 1 : at, item);
    }

    /** Topics with a message of their own. */
    long topicsWithMessages() {
        return withMessages;
    }

    /** FX thread: shows only the topics {@code topicFilter} matches, with their ancestors; null shows every topic. */
    void filter(TopicFilter topicFilter) {
        filteredByPath.clear();
        activeFilter = topicFilter;
        if (topicFilter == null) {
            filteredRoot = null;
            shownRoot.set(fullRoot);
            return;
        }
        filteredRoot = new TreeItem<>(fullRoot.getValue());
        filteredRoot.setExpanded(true);
        filteredByPath.put("", filteredRoot);
        List<TopicSnapshot> matches = new ArrayList<>();
        collect(fullRoot, activeFilter, matches);
        matches.forEach(this::addToFilterIfMatching);
        shownRoot.set(filteredRoot);
    }

    private static void collect(TreeItem<TopicEntry> item, TopicFilter topicFilter, List<TopicSnapshot> out) {
        for (TreeItem<TopicEntry> child : item.getChildren()) {
            if (topicFilter.matches(child.getValue().path())) {
                out.add(child.getValue().snapshot());
            }
            collect(child, topicFilter, out);
        }
    }

    private void addToFilterIfMatching(TopicSnapshot node) {
        if (activeFilter == null || !activeFilter.matches(node.path()) || filteredByPath.containsKey(node.path())) {
            return;
        }
        ensureFiltered(node.path());
    }

    private TreeItem<TopicEntry> ensureFiltered(String path) {
        TreeItem<TopicEntry> existing = filteredByPath.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        TreeItem<TopicEntry> parent = ensureFiltered(slash < 0 ? "" : path.substring(0, slash));
        TreeItem<TopicEntry> item = new TreeItem<>(itemsByPath.get(path).getValue());
        item.setExpanded(true);
        insertSorted(parent, item);
        filteredByPath.put(path, item);
        return item;
    }

    /** Expands or collapses every node of the shown tree. */
    public void setAllExpanded(boolean expanded) {
        FxThread.check("TopicTreeItems.setAllExpanded");
        setExpanded(shownRoot.get(), expanded);
        shownRoot.get().setExpanded(true);
    }

    private static void setExpanded(TreeItem<TopicEntry> item, boolean expanded) {
        item.setExpanded(expanded);
        item.getChildren().forEach(child -> setExpanded(child, expanded));
    }

    /** Every topic path with a message. */
    List<String> topicPaths() {
        return itemsByPath.values().stream()
                .map(item -> item.getValue().snapshot())
                .filter(TopicSnapshot::hasMessage)
                .map(TopicSnapshot::path)
                .sorted()
                .toList();
    }

    /** The item for a path in the shown tree, if present (to reveal a topic picked elsewhere). */
    public TreeItem<TopicEntry> shownItem(String path) {
        return filteredRoot == null ? itemsByPath.get(path) : filteredByPath.get(path);
    }

    public ReadOnlyObjectProperty<TreeItem<TopicEntry>> shownRootProperty() {
        return shownRoot;
    }
}
