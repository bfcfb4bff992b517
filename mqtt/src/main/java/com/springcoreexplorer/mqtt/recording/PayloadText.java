package com.springcoreexplorer.mqtt.recording;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Which payloads are text: valid UTF-8 with no control characters but line ends and tabs (the one rule: {@code sub}, {@code history}, the recorder and its search). */
public final class PayloadText {

    private PayloadText() {}

    /** The payload as text, or null when it is binary or not valid UTF-8. */
    public static String of(byte[] payload) {
        if (isAsciiText(payload)) {
            return new String(payload, StandardCharsets.ISO_8859_1); // the common case, without a decoder
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    return null;
                }
            }
            return text;
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    /** Printable ASCII, tabs and line ends, checked without decoding. */
    private static boolean isAsciiText(byte[] payload) {
        for (byte b : payload) {
            // negative bytes (non-ASCII) are below 0x20 too
            if ((b < 0x20 || b == 0x7F) && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
