package com.springcoreexplorer.ui.publish;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** How the payload editor's text becomes bytes, and what is wrong with it when it cannot. */
public enum PayloadFormat {
    TEXT,
    JSON,
    HEX;

    /** A problem in words, or "" when the text is a valid payload in this format. */
    public String problem(String text) {
        return switch (this) {
            case TEXT -> "";
            case JSON -> JsonCheck.problem(text);
            case HEX -> {
                String digits = text.replaceAll("\\s", "");
                if (digits.length() % 2 != 0) {
                    yield "Hex needs two digits per byte: " + digits.length() + " digits given";
                }
                yield digits.matches("[0-9A-Fa-f]*") ? "" : "Hex may hold only 0-9 and A-F (spaces allowed)";
            }
        };
    }

    /** The bytes to send; call only when {@link #problem} is "". */
    public byte[] bytes(String text) {
        return this == HEX
                ? HexFormat.of().parseHex(text.replaceAll("\\s", ""))
                : text.getBytes(StandardCharsets.UTF_8);
    }
}
