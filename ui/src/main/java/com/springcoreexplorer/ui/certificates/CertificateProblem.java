package com.springcoreexplorer.ui.certificates;

/**
 * A certificate-store failure in words, with the form field it belongs to so the dialog can show it
 * right there. {@link #needsPassword()}: ask for the password of {@link #subject()} and try again.
 */
public final class CertificateProblem extends Exception {

    /** Where the dialog shows the message. */
    public enum Field {
        FILES,
        FILE_PASSWORD,
        NAME,
        STORE,
        NONE
    }

    private final Field field;
    private final String subject;
    private final boolean needsPassword;

    public CertificateProblem(Field field, String subject, String message, boolean needsPassword) {
        super(message);
        this.field = field;
        this.subject = subject == null ? "" : subject;
        this.needsPassword = needsPassword;
    }

    public Field field() {
        return field;
    }

    /** The file or entry concerned ("" when none). */
    public String subject() {
        return subject;
    }

    public boolean needsPassword() {
        return needsPassword;
    }
}
