package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.certstore.Role;

/** How a role looks and what it means, the same everywhere (bar, certificate list, profile editor). */
public final class RoleBadges {

    private RoleBadges() {}

    public static String label(Role role) {
        return switch (role) {
            case WATCHER -> "Watcher";
            case CONTROL -> "Control";
            case DEVICE -> "Device";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String styleClass(Role role) {
        return "role-" + role.name().toLowerCase();
    }

    public static String meaning(Role role) {
        return switch (role) {
            case WATCHER -> "Watcher: reads every topic, may publish nothing";
            case CONTROL -> "Control: reads and writes every topic";
            case DEVICE -> "Device: reads and writes only its own topics";
            case UNKNOWN -> "Unknown role: the issuing CA is not a SpringCore Watch, Control or Client CA";
        };
    }

    public static javafx.scene.control.Label badge(Role role) {
        javafx.scene.control.Label badge = new javafx.scene.control.Label(label(role));
        badge.getStyleClass().addAll("role-badge", styleClass(role));
        badge.setTooltip(new javafx.scene.control.Tooltip(meaning(role)));
        return badge;
    }
}
