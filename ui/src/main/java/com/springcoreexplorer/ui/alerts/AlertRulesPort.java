package com.springcoreexplorer.ui.alerts;

import com.springcoreexplorer.mqtt.springcore.alerts.AlertRule;
import java.util.List;

/** Where the rules editor reads and saves alert rules: all it needs of the fleet feed. */
public interface AlertRulesPort {

    /** The alert rules in force (the connected profile's, else the defaults). */
    List<AlertRule> alertRules();

    /** Saves rules with the profile and applies them now. Blocking (file I/O): call off the FX thread. */
    void saveAlertRules(String profileName, List<AlertRule> rules) throws Exception;
}
