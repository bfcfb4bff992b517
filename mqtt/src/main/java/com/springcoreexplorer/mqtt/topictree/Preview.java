package com.springcoreexplorer.mqtt.topictree;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** The start of a payload as one line of text: UTF-8 when it decodes, otherwise hex. */
final class Preview {

    private Preview() {
    }

    static String of(byte[] payload, int maxChars) {
        if (maxChars == 0 || payload.length == 0) {
            return "";
        }
        int length = Math.min(payload.length, maxChars * 4);
        // a cut may split a multi-byte character: back off up to 3 bytes before calling it binary
        int minimum = length < payload.length ? Math.max(1, length - 3) : length;
        for (int end = length; end >= minimum; end--) {
            Optional<String> text = utf8(payload, end);
            if (text.isPresent()) {
                String line = text.get().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
                return line.length() > maxChars ? line.substring(0, maxChars) : line;
            }
        }
        return HexFormat.of().formatHex(payload, 0, Math.min(payload.length, Math.max(1, maxChars / 2)));
    }

    private static Optional<String> utf8(byte[] payload, int length) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload, 0, length)).toString();
            return isPrintable(text) ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException binary) {
            return Optional.empty();
        }
    }

    private static boolean isPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
