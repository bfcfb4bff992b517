package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.certificates.CertificatesView;
import com.springcoreexplorer.ui.certificates.CertificatesViewModel;
import com.springcoreexplorer.ui.connection.ConnectionBar;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.connection.ConnectionViewModel;
import com.springcoreexplorer.ui.connection.ProfileEditor;
import com.springcoreexplorer.ui.detail.DetailView;
import com.springcoreexplorer.ui.detail.DetailViewModel;
import com.springcoreexplorer.ui.events.TagEventsView;
import com.springcoreexplorer.ui.events.TagEventsViewModel;
import com.springcoreexplorer.ui.fx.Background;
import com.springcoreexplorer.ui.fx.DeferredContent;
import com.springcoreexplorer.ui.fx.FxThread;
import com.springcoreexplorer.ui.fx.PulseCoalescer;
import com.springcoreexplorer.ui.live.LiveFeed;
import com.springcoreexplorer.ui.live.LiveUpdate;
import com.springcoreexplorer.ui.publish.PublishView;
import com.springcoreexplorer.ui.publish.PublishViewModel;
import com.springcoreexplorer.ui.readers.ReadersViewModel;
import com.springcoreexplorer.ui.status.StatusBar;
import com.springcoreexplorer.ui.topictree.TopicChanges;
import com.springcoreexplorer.ui.topictree.TopicTreeView;
import com.springcoreexplorer.ui.topictree.TopicTreeViewModel;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window: connection bar on top; topic tree and readers on the left; tag events over the
 * message detail in the middle; the publish panel on the right; the status bar at the bottom. Every
 * region says honestly what it is waiting for when empty. Engine updates come in through one
 * {@link PulseCoalescer} and reach the views at most once per FX pulse.
 */
public final class MainWindow {

    private final ExplorerServices services;
    private final Background background = new Background();
    private final TopicTreeViewModel treeModel = new TopicTreeViewModel();
    private final TagEventsViewModel eventsModel = new TagEventsViewModel();
    private final ReadersViewModel readersModel = new ReadersViewModel();
    private final DetailViewModel detailModel;
    private final ConnectionViewModel connectionModel;
    private final PublishViewModel publishModel;
    private final CertificatesViewModel certificatesModel;
    private final PulseCoalescer<LiveUpdate> live;
    private final BorderPane root = new BorderPane();
    private TopicTreeView treeView;
    private TagEventsView eventsView;
    private HealthPanels health;
    private PublishView publishView;
    private StatusBar statusBar;
    private ConnectionBar connectionBar;
    private ToggleButton darkToggle;
    private Stage certificatesStage;
    private CenterLayout layout;
    private Scene scene;
    private Theme theme = Theme.LIGHT;
    private AutoCloseable feedSubscription;
    /** Set on the FX thread, read by the detail pane's worker; null means the live feed. */
    private volatile LiveFeed otherFeed;

    private javafx.beans.property.ReadOnlyBooleanProperty warmUpFinished;

    public MainWindow(ExplorerServices services) {
        this.services = services;
        // the shown feed's history: the live one, or an opened recording's own store
        this.detailModel = new DetailViewModel(topic -> shownFeed().history(topic), background);
        this.connectionModel = new ConnectionViewModel(services.connection(), background);
        this.publishModel = new PublishViewModel(services.publisher(), services.commands());
        this.certificatesModel = new CertificatesViewModel(services.certificates(), background);
        this.live = new PulseCoalescer<>(LiveUpdate::then, this::applyLiveUpdateOnFxThread);
    }

    /** FX thread: builds the scene (tests use it without a Stage). */
    public Scene buildScene(WindowGeometry geometry) {
        FxThread.check("MainWindow.buildScene");
        // before the first control exists: Control's static initialiser would otherwise load (and
        // parse) JavaFX's own Modena stylesheet, which the theme replaces at once
        Theme initial = geometry.darkTheme() ? Theme.DARK : Theme.LIGHT;
        initial.installUserAgentStylesheet();
        connectionBar = new ConnectionBar(connectionModel);
        Button certificates = new Button("Certificates...");
        certificates.setId("certificatesButton");
        certificates.setTooltip(new Tooltip("Manage certificates and trust anchors (Ctrl+Shift+C)"));
        certificates.setOnAction(event -> showCertificates());
        darkToggle = new ToggleButton();
        darkToggle.setId("themeToggle");
        darkToggle.setTooltip(new Tooltip("Light or dark theme (Ctrl+Shift+T)"));
        com.springcoreexplorer.ui.fx.FixedWidth.forTexts(darkToggle, "Light", "Dark");
        connectionBar.rightSide().getChildren().addAll(certificates, darkToggle);
        connectionBar.newProfileButton().setOnAction(event -> ProfileEditor.open(window(), connectionModel, null));
        connectionBar
                .editProfileButton()
                .setOnAction(event -> ProfileEditor.open(
                        window(),
                        connectionModel,
                        connectionModel.profile(
                                connectionModel.selectedProfileProperty().get())));

        treeView = new TopicTreeView(treeModel);
        health = new HealthPanels(
                services.feed(),
                background,
                this::window,
                s -> theme.apply(s),
                () -> connectionModel.selectedProfileProperty().get());
        Tab readersTab = new Tab("Readers");
        DeferredContent.onFirstSelection(readersTab, health.fleetView());
        TabPane left = new TabPane(new Tab("Topics", treeView), readersTab, health.alertsTab());
        left.setId("leftTabs");
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        eventsView = new TagEventsView(eventsModel, background);
        DetailView detailView = new DetailView(detailModel);
        detailView.setOnChartValue(
                (topic, pointer) -> health.chart(new com.springcoreexplorer.ui.charts.SeriesKey(topic, pointer)));
        health.fleetView().setOnShowTopics(id -> {
            left.getSelectionModel().select(0);
            readerTopic(id, null).ifPresent(treeView::reveal);
        });
        health.fleetView().setOnShowEvents(id -> eventsView.filterField().setText(id));
        health.fleetView()
                .setOnChartRssi((id, iface) -> readerTopic(id, "rdr/evt")
                        .ifPresent(
                                topic -> health.chart(new com.springcoreexplorer.ui.charts.SeriesKey(topic, "/RSSI"))));
        publishView = new PublishView(
                publishModel, treeModel::topicPaths, health.fleetView().selectedReaderProperty(), readersModel::ids);
        publishView.setMinWidth(260);
        layout = new CenterLayout(left, eventsView, detailView, publishView, geometry.width());

        statusBar = new StatusBar();
        root.setTop(connectionBar);
        root.setCenter(layout.node());
        PanelToggles.install(statusBar, layout);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");

        treeView.selectedTopicProperty().addListener((obs, old, topic) -> {
            layout.detailShownProperty()
                    .set(!topic.isEmpty() || eventsView.selectedProperty().get() != null);
            detailModel.showTopic(topic);
            if (!topic.isEmpty() && publishModel.topicProperty().get().isEmpty()) {
                publishModel.topicProperty().set(topic);
            }
        });
        eventsView.selectedProperty().addListener((obs, old, row) -> {
            layout.detailShownProperty()
                    .set(row != null || !treeView.selectedTopicProperty().get().isEmpty());
            if (row != null) {
                detailModel.showMessage(row.topic(), row.time());
            }
        });
        connectionModel.statusProperty().addListener((obs, old, status) -> onStatus(status));
        connectionModel.stateTextProperty().addListener((obs, old, text) -> statusBar.setConnectionText(text));
        connectionModel.identities().addListener((ListChangeListener<Object>) change -> refreshEmptyStates());
        connectionModel.profiles().addListener((ListChangeListener<Object>) change -> refreshEmptyStates());
        connectionModel.noticeProperty().addListener((obs, old, notice) -> refreshEmptyStates());
        certificatesModel.setOnChanged(connectionModel::reload);

        scene = new Scene(root, geometry.width(), geometry.height());
        layout.followWidth(scene.widthProperty());
        theme = initial;
        theme.apply(scene);
        darkToggle.setSelected(theme == Theme.DARK);
        darkToggle
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(darkToggle.selectedProperty())
                        .then("Light")
                        .otherwise("Dark"));
        darkToggle.selectedProperty().addListener((obs, was, dark) -> {
            theme = dark ? Theme.DARK : Theme.LIGHT;
            theme.apply(scene);
            if (certificatesStage != null) {
                theme.apply(certificatesStage.getScene());
            }
            health.applyTheme();
        });
        installShortcuts();
        refreshEmptyStates();
        onStatus(connectionModel.statusProperty().get());

        feedSubscription = services.feed().subscribe(live::offerFromAnyThread);
        live.start();
        health.start();
        // 10 Hz: the last rows and counters of a burst never wait for another update to show them
        slowViewsTimer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(
                        com.springcoreexplorer.ui.events.TagEventsViewModel.SHOW_INTERVAL_NANOS / 1_000_000),
                event -> {
                    long now = System.nanoTime();
                    // one of the two per pulse: each relays out a part of the window
                    if (now - slowViewsAppliedAt >= SLOW_VIEWS_INTERVAL_NANOS) {
                        flushSlowViews();
                    } else {
                        eventsModel.showPendingIfDue(now);
                    }
                }));
        slowViewsTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        slowViewsTimer.play();
        connectionModel.reload();
        // from the next pulse, never drawn: the table's cells are built and their code compiled before a flood needs
        // them
        warmUpFinished = com.springcoreexplorer.ui.events.TableWarmUp.start(
                eventsView.table(), () -> eventsModel.totalProperty().get() > 0);
        return scene;
    }

    /**
     * Counters, rates, tree badges and reader rows change many times a second under load but nobody
     * reads them faster than this: they are refreshed at 4 Hz, which spares the FX thread most
     * relayouts of the tree, the readers and the status bar. New topics, new readers and the detail
     * pane still follow every pulse; event rows at most every 100 ms ({@link com.springcoreexplorer.ui.events.TagEventsViewModel}).
     */
    static final long SLOW_VIEWS_INTERVAL_NANOS = 250_000_000L;

    private TopicChanges heldTree = TopicChanges.NONE;
    private com.springcoreexplorer.ui.status.FeedStats heldStats;
    private final java.util.Map<String, com.springcoreexplorer.ui.readers.ReaderRow> heldReaders =
            new java.util.LinkedHashMap<>();
    private long slowViewsAppliedAt;
    private javafx.animation.Timeline slowViewsTimer;

    /** FX thread, once per pulse: the merged engine updates since the last pulse. */
    private void applyLiveUpdateOnFxThread(LiveUpdate update) {
        heldTree = heldTree.then(update.tree());
        if (update.stats() != null) {
            heldStats = update.stats();
        }
        update.readers().forEach(row -> heldReaders.put(row.id(), row));
        boolean structural = !update.tree().added().isEmpty()
                || update.tree().cleared()
                || update.readers().stream().anyMatch(row -> !readersModel.knows(row.id()));
        boolean flushed = structural || System.nanoTime() - slowViewsAppliedAt >= SLOW_VIEWS_INTERVAL_NANOS;
        if (flushed) {
            flushSlowViews();
        }
        if (update.tree().cleared()) {
            detailModel.clear();
        }
        eventsModel.append(update.events(), update.skippedEvents());
        if (!flushed) {
            // the tree, readers and counters relaid out this pulse: the table's rows wait for the next one
            eventsModel.showPendingIfDue(System.nanoTime());
        }
        detailModel.onMessages(update.latestMessages());
    }

    /** FX thread: applies held tree changes and counters (also from a 4 Hz timer, so nothing stays held when updates stop). */
    private void flushSlowViews() {
        slowViewsAppliedAt = System.nanoTime();
        if (!heldTree.added().isEmpty() || !heldTree.changed().isEmpty() || heldTree.cleared()) {
            treeModel.apply(heldTree);
            heldTree = TopicChanges.NONE;
        }
        if (!heldReaders.isEmpty()) {
            readersModel.apply(java.util.List.copyOf(heldReaders.values()));
            heldReaders.clear();
        }
        if (heldStats != null) {
            statusBar.update(heldStats);
            heldStats = null;
        }
    }

    private void onStatus(ConnectionStatus status) {
        publishModel.connectedProperty().set(status.connected());
        publishModel.roleProperty().set(status.role());
        statusBar.setConnectionText(connectionModel.stateTextProperty().get());
        refreshEmptyStates();
    }

    private void refreshEmptyStates() {
        if (treeView == null) {
            return;
        }
        ConnectionStatus status = connectionModel.statusProperty().get();
        String tree;
        String events;
        String readers;
        String notice = connectionModel.noticeProperty().get();
        if (!status.connected() && !notice.isEmpty()) {
            // the demo (or another start-up step) is on its way: say where it is, not that something is missing
            tree = notice + "... Topics appear here once connected.";
            events = notice + "... Tag events appear here once connected.";
            readers = notice + "... Readers appear here once connected.";
        } else if (status.connected()) {
            tree = "Connected: waiting for the first message on the subscribed topics.";
            events = "Connected: no tag event yet. Present a card to a reader.";
            readers = "Connected: no SpringCore reader has published yet.";
        } else if (connectionModel.identities().isEmpty()) {
            tree = "No certificate yet: open Certificates... to import your Watcher or Control certificate and key.";
            events = "No certificate yet. Tag events from your readers appear here once connected.";
            readers = "No certificate yet. Readers appear here once connected.";
        } else if (connectionModel.profiles().isEmpty()) {
            tree = "No connection profile yet: click New... (next to Profile) to enter your broker.";
            events = "Not connected. Tag events from your readers appear here.";
            readers = "Not connected. Readers appear here.";
        } else {
            tree = "Not connected: choose a profile and Connect (Ctrl+K).";
            events = "Not connected. Tag events from your readers appear here.";
            readers = "Not connected. Readers appear here.";
        }
        treeView.setEmptyText(tree);
        eventsView.setEmptyText(events);
        health.fleetView().setEmptyText(readers);
    }

    private void installShortcuts() {
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        connectionModel::toggleConnection);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> treeView.filterField().requestFocus());
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> eventsView.filterField().requestFocus());
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                        () -> eventsModel
                                .pausedProperty()
                                .set(!eventsModel.pausedProperty().get()));
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), publishModel::publish);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::showCertificates);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> darkToggle.setSelected(!darkToggle.isSelected()));
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> layout.leftShownProperty()
                                .set(!layout.leftShownProperty().get()));
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> layout.publishShownProperty()
                                .set(!layout.publishShownProperty().get()));
    }

    /** Opens (or brings forward) the certificate manager window. */
    public Stage showCertificates() {
        if (certificatesStage == null) {
            certificatesStage = new Stage();
            certificatesStage.setTitle("Certificates - SpringCore Explorer");
            if (window() != null) {
                certificatesStage.initOwner(window());
            }
            Scene certificatesScene = new Scene(
                    com.springcoreexplorer.ui.fx.Dialogs.withCloseButton(
                            new CertificatesView(certificatesModel), certificatesStage, "closeCertificates"),
                    1120,
                    680);
            com.springcoreexplorer.ui.fx.Dialogs.closeOnEscape(certificatesScene, certificatesStage);
            theme.apply(certificatesScene);
            certificatesStage.setScene(certificatesScene);
        }
        certificatesModel.reload();
        certificatesStage.show();
        certificatesStage.toFront();
        return certificatesStage;
    }

    /**
     * A reader's topic from the topic tree: {@code {prefix}/{id}/channel}, or {@code {prefix}/{id}}
     * when {@code channel} is null (the tree knows the prefix; the reader's events may not have come yet).
     */
    private java.util.Optional<String> readerTopic(String id, String channel) {
        String level = "/" + id + "/";
        return treeModel.topicPaths().stream()
                .filter(path -> path.contains(level))
                .findFirst()
                .map(path -> path.substring(0, path.indexOf(level) + level.length() - 1)
                        + (channel == null ? "" : "/" + channel));
    }

    private javafx.stage.Window window() {
        return scene == null ? null : scene.getWindow();
    }

    /** Shows the window where it was last time; {@code onClose} gets where it is now and the theme. */
    public void show(Stage stage, WindowGeometry geometry, Consumer<WindowGeometry> onClose) {
        stage.setTitle("SpringCore Explorer");
        for (int size : new int[] {16, 32, 64, 256}) {
            var icon = MainWindow.class.getResource(
                    "/com/springcoreexplorer/ui/assets/icons/springcore-explorer-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        WindowGeometry placed = placeOnScreen(geometry);
        stage.setScene(buildScene(placed));
        // the layout is made for 1024x700 and up (side panels collapse below 1280 and 1100 px)
        stage.setMinWidth(Math.min(
                1000, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()));
        stage.setMinHeight(560);
        if (!Double.isNaN(placed.x())) {
            stage.setX(placed.x());
            stage.setY(placed.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(geometry.maximized());
        stage.setOnHidden(event -> {
            onClose.accept(new WindowGeometry(
                    stage.getX(),
                    stage.getY(),
                    stage.getWidth(),
                    stage.getHeight(),
                    stage.isMaximized(),
                    theme == Theme.DARK));
            close();
        });
        stage.show();
    }

    /**
     * First run: a size that fits the primary screen. Later runs: where it was, unless that spot is on
     * no screen any more (a monitor was unplugged), then centred.
     */
    static WindowGeometry placeOnScreen(WindowGeometry saved) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        if (Double.isNaN(saved.x())) {
            // a small screen (1024x768, a remote desktop) gets all of it; a large one a comfortable 1440x900
            boolean small = screen.getWidth() < 1280;
            return new WindowGeometry(
                    Double.NaN,
                    Double.NaN,
                    small ? screen.getWidth() : Math.min(1440, screen.getWidth() * 0.94),
                    small ? screen.getHeight() : Math.min(900, screen.getHeight() * 0.92),
                    saved.maximized(),
                    saved.darkTheme());
        }
        boolean visible = !javafx.stage.Screen.getScreensForRectangle(saved.x(), saved.y(), Math.max(1, width), 40)
                .isEmpty();
        return visible
                ? new WindowGeometry(saved.x(), saved.y(), width, height, saved.maximized(), saved.darkTheme())
                : new WindowGeometry(Double.NaN, Double.NaN, width, height, saved.maximized(), saved.darkTheme());
    }

    /**
     * FX thread: shows another feed's messages in the same views (an opened recording), or the live
     * feed again with null. The views start empty; the live connection is left as it is.
     */
    public void showFeed(LiveFeed feed) {
        FxThread.check("MainWindow.showFeed");
        try {
            if (feedSubscription != null) {
                feedSubscription.close();
            }
        } catch (Exception ignored) {
            // closing a subscription has nothing to report
        }
        heldTree = TopicChanges.NONE;
        heldReaders.clear();
        eventsModel.clear();
        readersModel.clear();
        detailModel.clear();
        // through the pulse applier, so a pending update of the old feed cannot land after the clearing
        live.offerFromAnyThread(new LiveUpdate(
                java.util.List.of(),
                new TopicChanges(true, java.util.List.of(), java.util.List.of()),
                java.util.List.of(),
                java.util.List.of(),
                null,
                0));
        otherFeed = feed;
        feedSubscription = shownFeed().subscribe(live::offerFromAnyThread);
        detailModel.reload();
    }

    private LiveFeed shownFeed() {
        LiveFeed other = otherFeed;
        return other == null ? services.feed() : other;
    }

    /** FX thread: the shown feed moved (an opened recording's timeline): the detail pane reads its topic's history again. */
    public void reloadDetail() {
        FxThread.check("MainWindow.reloadDetail");
        detailModel.reload();
    }

    /** Stops the pulse applier and the subscription; worker threads are daemons. */
    public void close() {
        live.stop();
        if (slowViewsTimer != null) {
            slowViewsTimer.stop();
        }
        try {
            if (feedSubscription != null) {
                feedSubscription.close();
            }
        } catch (Exception ignored) {
            // closing a subscription has nothing to report
        }
        if (certificatesStage != null) {
            certificatesStage.close();
        }
        if (health != null) {
            health.close();
        }
        background.close();
    }

    // accessors for tests and the app's wiring
    public PulseCoalescer<LiveUpdate> live() {
        return live;
    }

    public ConnectionViewModel connection() {
        return connectionModel;
    }

    public PublishViewModel publish() {
        return publishModel;
    }

    public TagEventsViewModel events() {
        return eventsModel;
    }

    public TopicTreeViewModel tree() {
        return treeModel;
    }

    public ReadersViewModel readers() {
        return readersModel;
    }

    public CertificatesViewModel certificates() {
        return certificatesModel;
    }

    public BorderPane root() {
        return root;
    }

    public TopicTreeView treeView() {
        return treeView;
    }

    public TagEventsView eventsView() {
        return eventsView;
    }

    public PublishView publishView() {
        return publishView;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public com.springcoreexplorer.ui.fleet.FleetViewModel fleet() {
        return health.fleetModel();
    }

    public com.springcoreexplorer.ui.fleet.FleetView fleetView() {
        return health.fleetView();
    }

    public com.springcoreexplorer.ui.alerts.AlertsViewModel alerts() {
        return health.alertsModel();
    }

    public com.springcoreexplorer.ui.alerts.AlertNotifier alertNotifier() {
        return health.notifier();
    }
    /** Opens (or brings forward) the charts window. */
    public com.springcoreexplorer.ui.charts.ChartsView showCharts() {
        return health.showCharts();
    }
    /** Whether the publish panel is shown (it starts collapsed below 1280 px). */
    public javafx.beans.property.BooleanProperty publishPanelShownProperty() {
        return layout.publishShownProperty();
    }
    /** Whether the message detail pane has its share of the middle (only once something is selected). */
    public javafx.beans.property.ReadOnlyBooleanProperty detailShownProperty() {
        return layout.detailShownProperty();
    }

    public ConnectionBar connectionBar() {
        return connectionBar;
    }
    /** True once the start-up table warm-up is over (the window is then truly idle). */
    public boolean warmUpFinished() {
        return warmUpFinished != null && warmUpFinished.get();
    }
}
