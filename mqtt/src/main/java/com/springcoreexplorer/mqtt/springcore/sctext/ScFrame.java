package com.springcoreexplorer.mqtt.springcore.sctext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One SpringCard text line, {@code $SC<TYPE>;field;field...[*CS][\r\n]} ($SCRDR events, $SCCMD commands),
 * split into its fields with the checksum checked under both conventions. Parsing never throws: what
 * is odd about the line is reported in {@link #warnings()}. No regex: this runs for every message.
 *
 * @param type     the three letters after {@code $SC} ({@code RDR}, {@code CMD}, ...)
 * @param fields   the fields after the type, in order (empty strings for empty fields)
 * @param checksum the checksum outcome
 * @param warnings what is odd about the line, one short sentence each
 */
public record ScFrame(String type, List<String> fields, ChecksumStatus checksum, List<String> warnings) {

    public ScFrame {
        Objects.requireNonNull(type, "type");
        fields = List.copyOf(fields);
        Objects.requireNonNull(checksum, "checksum");
        warnings = List.copyOf(warnings);
    }

    /** True when the payload starts with {@code $SC} and three upper-case letters (cheap test, no copy). */
    public static boolean looksLikeFrame(byte[] payload, String type) {
        if (payload.length < 6 || payload[0] != '$' || payload[1] != 'S' || payload[2] != 'C') {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (payload[3 + i] != type.charAt(i)) {
                return false;
            }
        }
        return payload.length == 6
                || payload[6] == ';'
                || payload[6] == '*'
                || payload[6] == '\r'
                || payload[6] == '\n';
    }

    /**
     * Splits a line, normally one recognised by {@link #looksLikeFrame} (any bytes are accepted: never
     * throws). Bytes are read as ISO-8859-1 (one char per byte); non-printable characters give a warning.
     */
    public static ScFrame parse(byte[] payload) {
        List<String> warnings = new ArrayList<>(2);
        int end = payload.length;
        while (end > 0 && (payload[end - 1] == '\n' || payload[end - 1] == '\r')) {
            end--;
        }
        int star = -1;
        for (int i = end - 1; i >= 1; i--) {
            if (payload[i] == '*') {
                star = i;
                break;
            }
        }
        int bodyEnd = star < 0 ? end : star;
        boolean oddCharacters = false;
        int xor = 0;
        for (int i = 1; i < bodyEnd; i++) {
            int b = payload[i] & 0xFF;
            xor ^= b;
            if (b < 0x20 || b > 0x7E) {
                oddCharacters = true;
            }
        }
        if (oddCharacters) {
            warnings.add("the line has characters outside printable ASCII");
        }
        ChecksumStatus checksum = ChecksumStatus.ABSENT;
        if (star >= 0) {
            int digits = end - star - 1;
            int received = digits == 2 ? hexByte(payload[star + 1], payload[star + 2]) : -1;
            if (received < 0) {
                checksum = ChecksumStatus.MALFORMED;
                warnings.add("the checksum after '*' is not two hex digits");
            } else if (received == xor) {
                checksum = ChecksumStatus.VALID_EXCLUDING_DELIMITERS;
            } else if (received == (xor ^ '$' ^ '*')) {
                checksum = ChecksumStatus.VALID_INCLUDING_DELIMITERS;
            } else {
                checksum = ChecksumStatus.MISMATCH;
                warnings.add(String.format(
                        "checksum mismatch: received %02X, expected %02X ($ and * excluded) or %02X (included)",
                        received, xor, xor ^ '$' ^ '*'));
            }
        }
        int typeEnd = Math.min(bodyEnd, 6);
        String type =
                typeEnd > 3 ? new String(payload, 3, typeEnd - 3, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        List<String> fields = new ArrayList<>(10);
        if (bodyEnd > 6) {
            int start = 7;
            for (int i = 7; i <= bodyEnd; i++) {
                if (i == bodyEnd || payload[i] == ';') {
                    fields.add(new String(payload, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1));
                    start = i + 1;
                }
            }
        }
        return new ScFrame(type, fields, checksum, warnings);
    }

    /**
     * Formats a line: {@code $SC<type>;f1;f2[*CS]\r\n}.
     *
     * @param withChecksum append {@code *XX} computed under {@code convention}
     * @param crlf         end the line with {@code \r\n} (the vendor's terminator; optional over MQTT)
     */
    public static String format(
            String type, List<String> fields, boolean withChecksum, ChecksumConvention convention, boolean crlf) {
        StringBuilder line =
                new StringBuilder(16 + fields.size() * 12).append("$SC").append(type);
        for (String field : fields) {
            line.append(';').append(field);
        }
        if (withChecksum) {
            int xor = 0;
            for (int i = 1; i < line.length(); i++) {
                xor ^= line.charAt(i);
            }
            if (convention == ChecksumConvention.INCLUDING_DELIMITERS) {
                xor ^= '$' ^ '*';
            }
            line.append('*').append(HEX[(xor >> 4) & 0xF]).append(HEX[xor & 0xF]);
        }
        if (crlf) {
            line.append("\r\n");
        }
        return line.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Value of two hex digits, or -1. */
    static int hexByte(byte high, byte low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : (h << 4) | l;
    }
}
