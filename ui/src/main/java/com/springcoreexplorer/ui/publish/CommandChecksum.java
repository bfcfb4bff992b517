package com.springcoreexplorer.ui.publish;

/**
 * The command form's checksum choice for {@code $SCCMD} text. None by default: the $SCCMD page makes the
 * checksum optional and sends its examples without one.
 */
public enum CommandChecksum {
    NONE("none"),
    INCLUDED("included ($SCCMD page)"),
    EXCLUDED("excluded ($SCRDR page)");

    private final String label;

    CommandChecksum(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
