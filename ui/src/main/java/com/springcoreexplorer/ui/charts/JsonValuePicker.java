package com.springcoreexplorer.ui.charts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/** Finds the numeric JSON value under a caret in JSON text and names it by a JSON pointer ({@code /RSSI}, {@code /a/0/b}). */
public final class JsonValuePicker {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonValuePicker() {}

    /** The pointer of the number (or numeric string) at {@code caret}, or empty when the caret is elsewhere or the text is not JSON. */
    public static Optional<String> numberAt(String text, int caret) {
        if (text == null || text.isBlank() || caret < 0 || caret > text.length()) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_NUMBER_INT
                        || token == JsonToken.VALUE_NUMBER_FLOAT
                        || token == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    int end = start + parser.getText().length() + (token == JsonToken.VALUE_STRING ? 2 : 0);
                    if (caret >= start && caret <= end) {
                        if (token == JsonToken.VALUE_STRING && !numeric(parser.getText())) {
                            return Optional.empty();
                        }
                        return Optional.of(
                                parser.getParsingContext().pathAsPointer().toString());
                    }
                    if (start > caret) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean numeric(String s) {
        try {
            Double.parseDouble(s.strip());
            return !s.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
