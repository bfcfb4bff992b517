package com.springcoreexplorer.ui.fleet;

import com.springcoreexplorer.mqtt.springcore.alerts.AlertRule;
import com.springcoreexplorer.ui.alerts.AlertRow;
import com.springcoreexplorer.ui.alerts.AlertRulesPort;
import java.util.List;
import java.util.function.Consumer;

/**
 * The fleet view's and the alerts' port onto the engine's health model and alert engine. Listeners
 * are called on engine threads: they must only hand the value on to the FX thread.
 */
public interface FleetFeed extends AlertRulesPort {

    /** The fleet about once a second; returns the remover. */
    AutoCloseable subscribeFleet(Consumer<FleetUpdate> listener);

    /** Each alert once, as it is raised; returns the remover. */
    AutoCloseable subscribeAlerts(Consumer<AlertRow> listener);

    /** No engine: nothing ever arrives. */
    FleetFeed NONE = new FleetFeed() {
        @Override
        public AutoCloseable subscribeFleet(Consumer<FleetUpdate> listener) {
            return () -> {};
        }

        @Override
        public AutoCloseable subscribeAlerts(Consumer<AlertRow> listener) {
            return () -> {};
        }

        @Override
        public List<AlertRule> alertRules() {
            return com.springcoreexplorer.mqtt.springcore.alerts.AlertRules.DEFAULTS;
        }

        @Override
        public void saveAlertRules(String profileName, List<AlertRule> rules) {
            throw new IllegalStateException("no engine to save rules with");
        }
    };
}
