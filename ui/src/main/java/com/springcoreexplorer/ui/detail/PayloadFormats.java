package com.springcoreexplorer.ui.detail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ways to show a payload: UTF-8 text, indented JSON, a hex dump, a line diff. Pure functions. */
public final class PayloadFormats {

    /** Hex dumps beyond this are cut: 64 kB is 4096 lines already. */
    static final int MAX_HEX_BYTES = 64 * 1024;

    private PayloadFormats() {}

    /** The payload as UTF-8 text, or empty when it is not valid UTF-8. */
    public static Optional<String> utf8(byte[] payload) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Indents JSON without parsing it into objects (numbers and key order kept exactly); empty when
     * the text does not look like a JSON object or array, or its brackets do not balance.
     */
    public static Optional<String> prettyJson(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(trimmed.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < trimmed.length()) {
                    out.append(trimmed.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    depth++;
                    char close = c == '{' ? '}' : ']';
                    int next = nextNonSpace(trimmed, i + 1);
                    if (next < trimmed.length() && trimmed.charAt(next) == close) {
                        out.append(c).append(close);
                        depth--;
                        i = next;
                    } else {
                        out.append(c).append('\n').append("  ".repeat(depth));
                    }
                }
                case '}', ']' -> {
                    depth--;
                    if (depth < 0) {
                        return Optional.empty();
                    }
                    out.append('\n').append("  ".repeat(depth)).append(c);
                }
                case ',' -> out.append(",\n").append("  ".repeat(depth));
                case ':' -> out.append(": ");
                case ' ', '\t', '\n', '\r' -> {}
                default -> out.append(c);
            }
        }
        return depth == 0 && !inString ? Optional.of(out.toString()) : Optional.empty();
    }

    private static int nextNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Classic 16-bytes-a-line dump: offset, hex, printable ASCII. */
    public static String hexDump(byte[] payload) {
        int length = Math.min(payload.length, MAX_HEX_BYTES);
        StringBuilder out = new StringBuilder(length * 4 + 64);
        for (int offset = 0; offset < length; offset += 16) {
            out.append(String.format("%06x  ", offset));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (offset + i < length) {
                    int b = payload[offset + i] & 0xff;
                    out.append(Character.forDigit(b >> 4, 16))
                            .append(Character.forDigit(b & 0xf, 16))
                            .append(' ');
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(' ').append(ascii).append('\n');
        }
        if (payload.length > length) {
            out.append("... ").append(payload.length - length).append(" more bytes not shown\n");
        }
        return out.toString();
    }

    /** Text for display: indented JSON when it is JSON, else the UTF-8 text, else a hex dump. */
    public static String readable(byte[] payload) {
        return utf8(payload).map(text -> prettyJson(text).orElse(text)).orElseGet(() -> hexDump(payload));
    }

    /** A line diff of two texts ("  " same, "- " only in before, "+ " only in after), LCS-based. */
    public static List<String> lineDiff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if ((long) a.length * b.length > 4_000_000L) {
            return List.of("(too large to compare line by line)");
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add("  " + a[i++]);
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                lines.add("- " + a[i++]);
            } else {
                lines.add("+ " + b[j++]);
            }
        }
        while (i < a.length) {
            lines.add("- " + a[i++]);
        }
        while (j < b.length) {
            lines.add("+ " + b[j++]);
        }
        return lines;
    }
}
