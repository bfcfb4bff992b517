package com.springcoreexplorer.app.demo;

/**
 * What the demo prepared for the GUI: identities in the certificate store and a ready connection
 * profile for each role.
 *
 * @param watcherIdentity store name of the Watcher identity, or null when the store was not used
 * @param controlIdentity store name of the Control identity, or null
 * @param watcherProfile  profile name connecting as Watcher, or null
 * @param controlProfile  profile name connecting as Control, or null
 */
public record DemoProfiles(String watcherIdentity, String controlIdentity, String watcherProfile, String controlProfile) {

    /** Headless demo: nothing written to the store or the profiles. */
    public static final DemoProfiles NONE = new DemoProfiles(null, null, null, null);
}
