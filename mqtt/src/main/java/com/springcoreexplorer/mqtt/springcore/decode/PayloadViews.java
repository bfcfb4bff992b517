package com.springcoreexplorer.mqtt.springcore.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Hex and text views of any payload; total (never throw), bounded output. */
public final class PayloadViews {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PayloadViews() {}

    public static String hex(byte[] payload, int maxBytes) {
        int n = Math.min(payload.length, Math.max(0, maxBytes));
        StringBuilder out = new StringBuilder(n * 3 + 2);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(HEX[(payload[i] >> 4) & 0xF]).append(HEX[payload[i] & 0xF]);
        }
        if (n < payload.length) {
            out.append(" …");
        }
        return out.toString();
    }

    public static String text(byte[] payload, int maxChars) {
        String decoded = new String(
                payload, 0, (int) Math.min(payload.length, Math.max(0, maxChars) * 4L), StandardCharsets.UTF_8);
        int n = Math.min(decoded.length(), Math.max(0, maxChars));
        StringBuilder out = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            char c = decoded.charAt(i);
            out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7F ? '·' : c);
        }
        if (n < decoded.length() || payload.length > maxChars * 4L) {
            out.append('…');
        }
        return out.toString();
    }

    public static boolean isUtf8(byte[] payload) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True when all bytes are printable ASCII or CR/LF/TAB. */
    static boolean isPrintableAscii(byte[] payload) {
        for (byte b : payload) {
            if ((b < 0x20 || b > 0x7E) && b != '\r' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static String ascii(byte[] payload) {
        return new String(payload, StandardCharsets.ISO_8859_1);
    }
}
