package com.springcoreexplorer.app.cli.demo;

import com.springcoreexplorer.app.brokerkit.KitPki;
import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.settings.AppDirectories;

/** The kit's certificates from the user's certificate store (CAs as trust anchors, role names from identities). */
final class StoreKitPki {

    private StoreKitPki() {
    }

    static KitPki read(AppDirectories directories) {
        throw CliFailure.badInput("--from-store needs the certificate store, which this build does not have yet; run without --from-store");
    }
}
