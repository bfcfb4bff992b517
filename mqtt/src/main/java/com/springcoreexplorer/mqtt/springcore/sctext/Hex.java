package com.springcoreexplorer.mqtt.springcore.sctext;

/** ASCII hex digits only (Character.digit also accepts other scripts' digits, which the wire never carries). */
public final class Hex {

    private Hex() {}

    /** 0..15, or -1 when {@code c} is not 0-9, a-f, A-F. */
    public static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** The value of 1..{@code maxDigits} hex digits, or -1 when {@code text} is empty, too long or not hex. */
    public static int parse(String text, int maxDigits) {
        if (text == null || text.isEmpty() || text.length() > maxDigits || maxDigits > 7) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = digit(text.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = (value << 4) | d;
        }
        return value;
    }

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    /** Two upper-case hex digits of the low byte of {@code value} (no String.format: it runs per message). */
    public static String byte2(int value) {
        return new String(new char[] {DIGITS[(value >> 4) & 0xF], DIGITS[value & 0xF]});
    }

    /** True when every character is a hex digit (and there is at least one). */
    public static boolean isHex(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
