package com.springcoreexplorer.ui.shell;

import com.springcoreexplorer.ui.connection.ConnectionStatus;

/**
 * What the empty topic tree, event table and readers say. Each tells the truth about the moment:
 * where a start-up step is, that the connection is up and waiting, or the one thing the user does next.
 */
record EmptyStates(String tree, String events, String readers) {

    /**
     * @param notice a start-up step in progress (the demo starting), or empty
     * @param hasIdentity whether the store holds a certificate with its key
     * @param hasProfile whether a connection profile exists
     */
    static EmptyStates of(ConnectionStatus status, String notice, boolean hasIdentity, boolean hasProfile) {
        if (!status.connected() && !notice.isEmpty()) {
            // the demo (or another start-up step) is on its way: say where it is, not that something is missing
            return new EmptyStates(
                    notice + "... Topics appear here once connected.",
                    notice + "... Tag events appear here once connected.",
                    notice + "... Readers appear here once connected.");
        }
        if (status.connected()) {
            return new EmptyStates(
                    "Connected: waiting for the first message on the subscribed topics.",
                    "Connected: no tag event yet. Present a card to a reader.",
                    "Connected: no SpringCore reader has published yet.");
        }
        if (!hasIdentity) {
            return new EmptyStates(
                    "No certificate yet: open Certificates... to import your Watcher or Control certificate and key.",
                    "No certificate yet. Tag events from your readers appear here once connected.",
                    "No certificate yet. Readers appear here once connected.");
        }
        if (!hasProfile) {
            return new EmptyStates(
                    "No connection profile yet: click New... (next to Profile) to enter your broker.",
                    "Not connected. Tag events from your readers appear here.",
                    "Not connected. Readers appear here.");
        }
        return new EmptyStates(
                "Not connected: choose a profile and Connect (Ctrl+K).",
                "Not connected. Tag events from your readers appear here.",
                "Not connected. Readers appear here.");
    }
}
