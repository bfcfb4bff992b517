package com.springcoreexplorer.ui.connection;

/** A failure the user reads: the message is one line, what is wrong and what to do. */
public final class UserFacingException extends Exception {

    private final String field;

    /** @param field the form field it belongs to ("" when none), e.g. "host", "identity" */
    public UserFacingException(String field, String message) {
        super(message);
        this.field = field == null ? "" : field;
    }

    public String field() {
        return field;
    }
}
