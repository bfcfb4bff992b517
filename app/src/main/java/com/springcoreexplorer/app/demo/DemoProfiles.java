package com.springcoreexplorer.app.demo;

/**
 * What the demo prepared for the GUI: identities in the certificate store and a ready connection
 * profile for each role.
 *
 * @param watcherIdentity store name of the Watcher identity, or null when not set up
 * @param controlIdentity store name of the Control identity, or null
 * @param watcherProfile  profile name connecting as Watcher, or null
 * @param controlProfile  profile name connecting as Control, or null
 * @param problem         why nothing was set up (one line for the user), or null
 */
public record DemoProfiles(
        String watcherIdentity, String controlIdentity, String watcherProfile, String controlProfile, String problem) {

    /** Not asked for (e.g. a test or a caller that wants the broker only). */
    public static final DemoProfiles NONE = new DemoProfiles(null, null, null, null, null);

    static DemoProfiles notSetUp(String problem) {
        return new DemoProfiles(null, null, null, null, problem);
    }

    public boolean isSetUp() {
        return watcherProfile != null;
    }
}
