package com.springcoreexplorer.mqtt.recording;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Which payloads are text: valid UTF-8 with no control characters but line ends and tabs (same rule as {@code sub --json}). */
public final class PayloadText {

    private PayloadText() {}

    /** The payload as text, or null when it is binary or not valid UTF-8. */
    public static String of(byte[] payload) {
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
}
