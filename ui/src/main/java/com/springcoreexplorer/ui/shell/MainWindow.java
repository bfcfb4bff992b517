package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.alerts.AlertNotifier;
import com.springcoreexplorer.ui.alerts.AlertsViewModel;
import com.springcoreexplorer.ui.certificates.CertificatesViewModel;
import com.springcoreexplorer.ui.charts.ChartsView;
import com.springcoreexplorer.ui.charts.SeriesKey;
import com.springcoreexplorer.ui.connection.ConnectionBar;
import com.springcoreexplorer.ui.connection.ConnectionStatus;
import com.springcoreexplorer.ui.connection.ConnectionViewModel;
import com.springcoreexplorer.ui.connection.ProfileEditor;
import com.springcoreexplorer.ui.detail.DetailView;
import com.springcoreexplorer.ui.detail.DetailViewModel;
import com.springcoreexplorer.ui.events.TableWarmUp;
import com.springcoreexplorer.ui.events.TagEventsView;
import com.springcoreexplorer.ui.events.TagEventsViewModel;
import com.springcoreexplorer.ui.fleet.FleetView;
import com.springcoreexplorer.ui.fleet.FleetViewModel;
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
import com.springcoreexplorer.ui.topictree.TopicTreeView;
import com.springcoreexplorer.ui.topictree.TopicTreeViewModel;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: connection bar on top; topic tree, readers and alerts on the left; tag events over
 * the message detail in the middle; the publish panel on the right; the status bar at the bottom. This
 * class builds and wires the parts; each job has its own class: {@link LiveRefresh} (engine updates to
 * the views, once per pulse), {@link EmptyStates}, {@link Shortcuts}, {@link ThemeToggle},
 * {@link WindowPlacement}, {@link CertificatesWindow}, {@link CenterLayout} and {@link HealthPanels}.
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
    private final BorderPane root = new BorderPane();
    private TopicTreeView treeView;
    private TagEventsView eventsView;
    private HealthPanels health;
    private PublishView publishView;
    private StatusBar statusBar;
    private ConnectionBar connectionBar;
    private ThemeToggle theme;
    private CertificatesWindow certificatesWindow;
    private CenterLayout layout;
    private LiveRefresh live;
    private Scene scene;
    /** Set on the FX thread, read by the detail pane's worker; null means the live feed. */
    private volatile LiveFeed otherFeed;

    private ReadOnlyBooleanProperty warmUpFinished;

    public MainWindow(ExplorerServices services) {
        this.services = services;
        // the shown feed's history: the live one, or an opened recording's own store
        this.detailModel = new DetailViewModel(topic -> shownFeed().history(topic), background);
        this.connectionModel = new ConnectionViewModel(services.connection(), background);
        this.publishModel = new PublishViewModel(services.publisher(), services.commands());
        this.certificatesModel = new CertificatesViewModel(services.certificates(), background);
    }

    /** FX thread: builds the scene (tests use it without a Stage). */
    public Scene buildScene(WindowGeometry geometry) {
        FxThread.check("MainWindow.buildScene");
        // before the first control exists: Control's static initialiser would otherwise load (and
        // parse) JavaFX's own Modena stylesheet, which the theme replaces at once
        Theme initial = geometry.darkTheme() ? Theme.DARK : Theme.LIGHT;
        initial.installUserAgentStylesheet();
        theme = new ThemeToggle(initial);
        certificatesWindow = new CertificatesWindow(certificatesModel, this::window, theme);
        connectionBar = new ConnectionBar(connectionModel);
        Button certificates = new Button("Certificates...");
        certificates.setId("certificatesButton");
        certificates.setTooltip(new Tooltip("Manage certificates and trust anchors (Ctrl+Shift+C)"));
        certificates.setOnAction(event -> showCertificates());
        connectionBar.rightSide().getChildren().addAll(certificates, theme.button());
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
                s -> theme.theme().apply(s),
                () -> connectionModel.selectedProfileProperty().get());
        theme.onChange(health::applyTheme);
        Tab readersTab = new Tab("Readers");
        DeferredContent.onFirstSelection(readersTab, health.fleetView());
        TabPane left = new TabPane(new Tab("Topics", treeView), readersTab, health.alertsTab());
        left.setId("leftTabs");
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        eventsView = new TagEventsView(eventsModel, background);
        DetailView detailView = new DetailView(detailModel);
        detailView.setOnChartValue((topic, pointer) -> health.chart(new SeriesKey(topic, pointer)));
        health.fleetView().setOnShowTopics(id -> {
            left.getSelectionModel().select(0);
            readerTopic(id, null).ifPresent(treeView::reveal);
        });
        health.fleetView().setOnShowEvents(id -> eventsView.filterField().setText(id));
        health.fleetView()
                .setOnChartRssi((id, iface) ->
                        readerTopic(id, "rdr/evt").ifPresent(topic -> health.chart(new SeriesKey(topic, "/RSSI"))));
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
        theme.follow(scene);
        installShortcuts();
        refreshEmptyStates();
        onStatus(connectionModel.statusProperty().get());

        live = new LiveRefresh(treeModel, eventsModel, readersModel, detailModel, statusBar);
        live.start(services.feed());
        health.start();
        connectionModel.reload();
        // from the next pulse, never shown: the table's cells are built and their code compiled before a flood needs
        // them
        warmUpFinished = TableWarmUp.start(
                eventsView.table(), () -> eventsModel.totalProperty().get() > 0);
        return scene;
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
        EmptyStates texts = EmptyStates.of(
                connectionModel.statusProperty().get(),
                connectionModel.noticeProperty().get(),
                !connectionModel.identities().isEmpty(),
                !connectionModel.profiles().isEmpty());
        treeView.setEmptyText(texts.tree());
        eventsView.setEmptyText(texts.events());
        health.fleetView().setEmptyText(texts.readers());
    }

    private void installShortcuts() {
        new Shortcuts(scene)
                .shortcut(KeyCode.K, connectionModel::toggleConnection)
                .shortcut(KeyCode.F, () -> treeView.filterField().requestFocus())
                .shortcutShift(KeyCode.F, () -> eventsView.filterField().requestFocus())
                .shortcut(
                        KeyCode.P,
                        () -> eventsModel
                                .pausedProperty()
                                .set(!eventsModel.pausedProperty().get()))
                .shortcut(KeyCode.ENTER, publishModel::publish)
                .shortcutShift(KeyCode.C, this::showCertificates)
                .shortcutShift(KeyCode.T, theme::toggle)
                .shortcutShift(
                        KeyCode.L,
                        () -> layout.leftShownProperty()
                                .set(!layout.leftShownProperty().get()))
                .shortcutShift(
                        KeyCode.R,
                        () -> layout.publishShownProperty()
                                .set(!layout.publishShownProperty().get()));
    }

    /** Opens (or brings forward) the certificate manager window. */
    public Stage showCertificates() {
        return certificatesWindow.show();
    }

    /**
     * A reader's topic from the topic tree: {@code {prefix}/{id}/channel}, or {@code {prefix}/{id}}
     * when {@code channel} is null (the tree knows the prefix; the reader's events may not have come yet).
     */
    private Optional<String> readerTopic(String id, String channel) {
        String level = "/" + id + "/";
        return treeModel.topicPaths().stream()
                .filter(path -> path.contains(level))
                .findFirst()
                .map(path -> path.substring(0, path.indexOf(level) + level.length() - 1)
                        + (channel == null ? "" : "/" + channel));
    }

    private Window window() {
        return scene == null ? null : scene.getWindow();
    }

    /** Shows the window where it was last time; {@code onClose} gets where it is now and the theme. */
    public void show(Stage stage, WindowGeometry geometry, Consumer<WindowGeometry> onClose) {
        show(stage, geometry, onClose, () -> {});
    }

    /**
     * Same; {@code viewsFollowing} runs once the views follow the live feed, before the first frame's
     * styling and layout (a connection started there loses no message and connects beside that work).
     */
    public void show(Stage stage, WindowGeometry geometry, Consumer<WindowGeometry> onClose, Runnable viewsFollowing) {
        WindowGeometry placed = WindowPlacement.placeOnScreen(geometry);
        stage.setScene(buildScene(placed));
        viewsFollowing.run();
        WindowPlacement.place(stage, placed, () -> theme.theme() == Theme.DARK, left -> {
            onClose.accept(left);
            close();
        });
        stage.show();
    }

    /**
     * FX thread: shows another feed's messages in the same views (an opened recording), or the live
     * feed again with null. The views start empty; the live connection is left as it is.
     */
    public void showFeed(LiveFeed feed) {
        FxThread.check("MainWindow.showFeed");
        otherFeed = feed;
        live.switchTo(shownFeed());
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
        if (live != null) {
            live.stop();
        }
        if (certificatesWindow != null) {
            certificatesWindow.close();
        }
        if (health != null) {
            health.close();
        }
        background.close();
    }

    // accessors for tests and the app's wiring
    public PulseCoalescer<LiveUpdate> live() {
        return live.coalescer();
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

    public FleetViewModel fleet() {
        return health.fleetModel();
    }

    public FleetView fleetView() {
        return health.fleetView();
    }

    public AlertsViewModel alerts() {
        return health.alertsModel();
    }

    public AlertNotifier alertNotifier() {
        return health.notifier();
    }

    /** FX thread: gives a feature's own window (a scene of its) the window's theme as it is now. */
    public void applyTheme(Scene scene) {
        theme.theme().apply(scene);
    }

    /** FX thread: runs {@code action} whenever the user switches between light and dark. */
    public void onThemeChange(Runnable action) {
        theme.onChange(action);
    }

    /** Opens (or brings forward) the charts window. */
    public ChartsView showCharts() {
        return health.showCharts();
    }

    /** Whether the publish panel is shown (it starts collapsed below 1280 px). */
    public BooleanProperty publishPanelShownProperty() {
        return layout.publishShownProperty();
    }

    /** Whether the message detail pane has its share of the middle (only once something is selected). */
    public ReadOnlyBooleanProperty detailShownProperty() {
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
