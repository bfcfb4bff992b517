package com.springcoreexplorer.app.demo;

import com.springcoreexplorer.app.demo.broker.DemoBroker;
import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.app.settings.AppDirectories;

/**
 * Puts the demo's Watcher and Control identities and trust anchors into the user's certificate
 * store and makes one connection profile per role.
 */
final class DemoStoreSetup {

    private DemoStoreSetup() {
    }

    static DemoProfiles prepare(AppDirectories directories, DemoPki pki, DemoBroker broker, DemoEnvironment.Options options) {
        // the certificate store and profile store land on main from other branches; wired in once merged
        return DemoProfiles.NONE;
    }
}
