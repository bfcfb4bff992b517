package com.springcoreexplorer.ui.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The certificate store speaks to the command line ("add ... with 'trust add'"); in the window the
 * same advice names the tab and the button to use. Applied to every store message the window shows.
 */
final class WindowWording {

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(" with 'trust add'", " with Add trust anchors... on the Trust anchors tab of Certificates...");
        PHRASES.put(" with 'certs import'", " on the Certificates tab of Certificates... (Choose files...)");
        PHRASES.put(": see 'certs list' for the names", ": the Certificates window lists the names");
        PHRASES.put(": see 'trust list' for the names", ": the Trust anchors tab of Certificates... lists the names");
        PHRASES.put(
                "set the environment variable SPRINGCORE_EXPLORER_STORE_PASSWORD or enter the master password in the window",
                "enter the master password at the top of Certificates...");
    }

    private WindowWording() {}

    static String of(String storeMessage) {
        if (storeMessage == null) {
            return "";
        }
        String result = storeMessage;
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            result = result.replace(phrase.getKey(), phrase.getValue());
        }
        return result;
    }
}
