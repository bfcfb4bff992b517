package com.springcoreexplorer.ui.topictree;

import com.springcoreexplorer.mqtt.springcore.topic.BinaryTopic;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The live topic tree: filter box, expand/collapse, one row per level with counts, rate, retained marker, preview. */
public final class TopicTreeView extends VBox {

    private final TopicTreeViewModel model;
    private final TreeView<TopicEntry> tree = new TreeView<>();
    private final TextField filterField = new TextField();
    private final ReadOnlyStringWrapper selectedTopic = new ReadOnlyStringWrapper("");
    private final Label empty = new Label();

    public TopicTreeView(TopicTreeViewModel model) {
        this.model = model;
        getStyleClass().add("topic-tree-view");
        filterField.setPromptText("Filter (Ctrl+F)");
        filterField.setTooltip(new Tooltip("Filter topics (Ctrl+F)"));
        filterField.setId("topicFilter");
        model.filterProperty().bind(filterField.textProperty());
        // icons, not words: the toolbar must fit the 210 px panel or it pushes the tree's badges off the edge
        Button expand = iconButton("mdi2u-unfold-more-horizontal", "expandAll");
        expand.setOnAction(event -> model.items().setAllExpanded(true));
        expand.setTooltip(new Tooltip("Expand every level"));
        Button collapse = iconButton("mdi2u-unfold-less-horizontal", "collapseAll");
        collapse.setOnAction(event -> model.items().setAllExpanded(false));
        collapse.setTooltip(new Tooltip("Collapse every level"));
        expand.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        collapse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        filterField.setMinWidth(80);
        HBox.setHgrow(filterField, Priority.ALWAYS);
        HBox tools = new HBox(6, filterField, expand, collapse);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(6));

        tree.setId("topicTree");
        tree.setShowRoot(false);
        tree.rootProperty().bind(model.items().shownRootProperty());
        tree.setCellFactory(view -> new TopicCell());
        tree.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, item) ->
                        selectedTopic.set(item == null ? "" : item.getValue().path()));

        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setText("Not connected: connect to a broker to see its topics.");
        StackPane stack = new StackPane(tree, empty);
        empty.visibleProperty().bind(model.topicCountProperty().isEqualTo(0));
        empty.setMouseTransparent(true);
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(tools, stack);
    }

    private static Button iconButton(String icon, String id) {
        Button button = new Button();
        button.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
        button.setId(id);
        return button;
    }

    /** The empty-state text ("Not connected", "Connected: waiting for messages"). */
    public void setEmptyText(String text) {
        empty.setText(text);
    }

    public ReadOnlyStringProperty selectedTopicProperty() {
        return selectedTopic.getReadOnlyProperty();
    }

    public TextField filterField() {
        return filterField;
    }

    public TreeView<TopicEntry> treeView() {
        return tree;
    }

    /** Selects and reveals a topic (e.g. picked in the event table). */
    public void reveal(String path) {
        TreeItem<TopicEntry> item = model.items().shownItem(path);
        if (item == null) {
            return;
        }
        for (TreeItem<TopicEntry> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    /** Name, then badges: message count, retained marker, rate and the last value. */
    private static final class TopicCell extends TreeCell<TopicEntry> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label retained = new Label("R");
        private final Label rate = new Label();
        private final Label preview = new Label();
        /** SpringCard's binary topics (ccid/p2r, dir/evt...): what they carry and who sends, before their bytes. */
        private final Label binary = new Label();

        private String binaryLabel = "";
        private final HBox box;
        private final Tooltip tip = new Tooltip();

        TopicCell() {
            name.getStyleClass().add("topic-name");
            count.getStyleClass().add("topic-count");
            retained.getStyleClass().add("topic-retained");
            retained.setTooltip(new Tooltip("The last message on this topic was retained"));
            rate.getStyleClass().add("topic-rate");
            preview.getStyleClass().add("topic-preview");
            preview.setMinWidth(0);
            // a bounded preview keeps every row's width (and the tree's horizontal extent) stable
            preview.setMaxWidth(260);
            binary.getStyleClass().add("topic-binary");
            binary.setManaged(false);
            binary.setVisible(false);
            box = new HBox(6, name, binary, count, retained, rate, preview);
            box.setAlignment(Pos.CENTER_LEFT);
            setTooltip(tip);
        }

        private TopicEntry shown;
        private final javafx.beans.value.ChangeListener<TopicSnapshot> onChange = (obs, old, next) -> show(next);

        @Override
        protected void updateItem(TopicEntry entry, boolean emptyCell) {
            super.updateItem(entry, emptyCell);
            if (shown != null) {
                shown.snapshotProperty().removeListener(onChange);
                shown = null;
            }
            if (emptyCell || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            shown = entry;
            Optional<BinaryTopic> kind = BinaryTopic.ofTopic(entry.path());
            binaryLabel = kind.map(BinaryTopic::label).orElse("");
            binary.setText(
                    kind.map(each -> "binary, " + each.direction().text()).orElse(""));
            binary.setVisible(kind.isPresent());
            binary.setManaged(kind.isPresent());
            entry.snapshotProperty().addListener(onChange);
            show(entry.snapshot());
            setText(null);
            setGraphic(box);
        }

        private void show(TopicSnapshot node) {
            name.setText(node.name().isEmpty() ? "(empty level)" : node.name());
            boolean leafLike = getTreeItem() != null && getTreeItem().isLeaf();
            count.setText(leafLike ? Long.toString(node.messageCount()) : node.subtreeMessages() + " msgs");
            retained.setVisible(node.retained());
            retained.setManaged(node.retained());
            boolean showRate = node.ratePerSecond() >= 0.05;
            rate.setText(showRate ? String.format(Locale.ROOT, "%.1f/s", node.ratePerSecond()) : "");
            rate.setManaged(showRate);
            String last = node.lastPreview();
            preview.setText(last.isEmpty() ? "" : "= " + last);
            preview.setManaged(!last.isEmpty());
            tip.setText(node.path()
                    + (binaryLabel.isEmpty() ? "" : "\n" + binaryLabel)
                    + (node.lastReceivedAt() == null
                            ? ""
                            : "\nlast message " + TopicTreeViewModel.age(node.lastReceivedAt(), Instant.now())));
        }
    }
}
