package com.springcoreexplorer.mqtt.topictree;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The start of a payload as one line of text: UTF-8 when it decodes, otherwise hex. One instance
 * per tree, used under its lock: the decoder and buffer are reused.
 */
final class Preview {

    private final int maxChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars;

    Preview(int maxChars) {
        this.maxChars = maxChars;
        this.chars = CharBuffer.allocate(Math.max(1, maxChars));
    }

    String of(byte[] payload) {
        if (maxChars == 0 || payload.length == 0) {
            return "";
        }
        decoder.reset();
        chars.clear();
        ByteBuffer bytes = ByteBuffer.wrap(payload);
        CoderResult result = decoder.decode(bytes, chars, true);
        // overflow = the preview is full (fine); underflow = all decoded; error = binary
        if (result.isError() || (result.isUnderflow() && decoder.flush(chars).isError())) {
            return hex(payload);
        }
        chars.flip();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.get(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                chars.put(i, ' ');
            } else if (Character.isISOControl(c)) {
                return hex(payload);
            }
        }
        return chars.toString();
    }

    private String hex(byte[] payload) {
        return HexFormat.of().formatHex(payload, 0, Math.min(payload.length, Math.max(1, maxChars / 2)));
    }
}
