package com.springcoreexplorer.certstore;

import java.util.Objects;
import java.util.Optional;

/**
 * The one failure type of the certificate store's public API. {@link #kind()} says what went wrong
 * (and {@link Kind#field()} which input the UI should mark), {@link #userMessage()} is one line for
 * the user (what is wrong and what to do), {@link #subject()} names the file or entry concerned.
 * Library exceptions never cross the API; they stay as the (logged-only) cause.
 */
public final class CertStoreException extends Exception {

    /** The input a failure belongs to, so a form can show the message at the right place. */
    public enum Field {
        FILES,
        FILE_PASSWORD,
        NAME,
        STORE_PASSWORD,
        TRUST_ANCHORS,
        NONE
    }

    /** What went wrong. */
    public enum Kind {
        /** A file is empty. */
        EMPTY_FILE(Field.FILES),
        /** A file is far larger than any certificate or key file. */
        FILE_TOO_LARGE(Field.FILES),
        /** A file could not be read from disk. */
        UNREADABLE_FILE(Field.FILES),
        /** A file holds nothing recognisable as a certificate, key or PKCS#12 (garbage, truncated). */
        UNRECOGNISED_CONTENT(Field.FILES),
        /** A file is encrypted and no password was given for it: ask the user, then try again. */
        NEEDS_PASSWORD(Field.FILE_PASSWORD),
        /** The password given for a file does not open it. */
        WRONG_PASSWORD(Field.FILE_PASSWORD),
        /** The files hold no certificate at all. */
        NO_CERTIFICATE(Field.FILES),
        /** The files hold certificates but no private key (e.g. a PKCS#12 without a key). */
        NO_PRIVATE_KEY(Field.FILES),
        /** The files hold more than one private key. */
        SEVERAL_PRIVATE_KEYS(Field.FILES),
        /** The private key belongs to none of the certificates; names both files. */
        KEY_MISMATCH(Field.FILES),
        /** A key or certificate uses an algorithm the product does not support. */
        UNSUPPORTED_ALGORITHM(Field.FILES),
        /** The certificate's validity ended. */
        EXPIRED(Field.FILES),
        /** The certificate's validity has not begun. */
        NOT_YET_VALID(Field.FILES),
        /** The name is empty, too long or holds characters a name cannot have. */
        INVALID_NAME(Field.NAME),
        /** A CA fingerprint for a role mapping is not 32 bytes of hex. */
        INVALID_FINGERPRINT(Field.NONE),
        /** This very certificate is stored already (under the name the message gives). */
        ALREADY_STORED(Field.FILES),
        /** An entry with this name exists already. */
        DUPLICATE_NAME(Field.NAME),
        /** No entry with this name. */
        NOT_FOUND(Field.NAME),
        /** A trust anchor given to {@code trust add} is not usable as one. */
        NOT_A_TRUST_ANCHOR(Field.FILES),
        /** TLS material was asked for but no trust anchor is stored (or selected). */
        NO_TRUST_ANCHORS(Field.TRUST_ANCHORS),
        /** No store password: no environment variable, no OS keychain entry, no master password. */
        STORE_PASSWORD_NEEDED(Field.STORE_PASSWORD),
        /** The store password does not open the store. */
        WRONG_STORE_PASSWORD(Field.STORE_PASSWORD),
        /** The store file exists but is damaged. */
        STORE_DAMAGED(Field.NONE),
        /** Reading or writing the store failed (disk full, permissions...). */
        STORE_IO(Field.NONE),
        /** Anything else; the cause is logged. */
        INTERNAL(Field.NONE);

        private final Field field;

        Kind(Field field) {
            this.field = field;
        }

        /** The input this failure belongs to. */
        public Field field() {
            return field;
        }
    }

    private final Kind kind;
    private final String subject;

    public CertStoreException(Kind kind, String userMessage) {
        this(kind, null, userMessage, null);
    }

    /**
     * @param subject     the file name or entry name concerned, or null
     * @param userMessage one line: what is wrong and what to do; never contains secrets
     * @param cause       the library failure, for the log only; may be null
     */
    public CertStoreException(Kind kind, String subject, String userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = subject;
    }

    public Kind kind() {
        return kind;
    }

    /** The file (as the user named it) or entry the failure is about, when there is one. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** One line for the user: what is wrong and what to do. */
    public String userMessage() {
        return getMessage();
    }
}
