package com.springcoreexplorer.mqtt.recording;

/** A recording file cannot be used; the message says what is wrong and what to do, in one line. */
public final class RecordingException extends Exception {

    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
