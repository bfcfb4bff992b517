package com.springcoreexplorer.ui.publish;

/** A strict JSON syntax check (RFC 8259) that says where the text goes wrong. */
final class JsonCheck {

    private final String text;
    private int at;

    private JsonCheck(String text) {
        this.text = text;
    }

    /** "" when {@code text} is one valid JSON value, else the problem with its line and column. */
    static String problem(String text) {
        JsonCheck check = new JsonCheck(text);
        try {
            check.space();
            check.value();
            check.space();
            if (check.at < text.length()) {
                throw check.error("unexpected text after the JSON value");
            }
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private IllegalArgumentException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IllegalArgumentException("Invalid JSON at line " + line + ", column " + column + ": " + what);
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("the text ends too early");
        }
        return text.charAt(at);
    }

    private void value() {
        char c = peek();
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || Character.isDigit(c)) {
                    number();
                } else {
                    throw error("expected a value, found '" + c + "'");
                }
            }
        }
    }

    private void object() {
        at++;
        space();
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("expected a \"name\" in double quotes");
            }
            string();
            space();
            if (peek() != ':') {
                throw error("expected ':' after the name");
            }
            at++;
            space();
            value();
            space();
            char c = peek();
            at++;
            if (c == '}') {
                return;
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private void array() {
        at++;
        space();
        if (peek() == ']') {
            at++;
            return;
        }
        while (true) {
            space();
            value();
            space();
            char c = peek();
            at++;
            if (c == ']') {
                return;
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private void string() {
        at++;
        while (true) {
            char c = peek();
            at++;
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                char escaped = peek();
                at++;
                if (escaped == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(peek(), 16) < 0) {
                            throw error("\\u needs four hex digits");
                        }
                        at++;
                    }
                } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
                    at--;
                    throw error("unknown escape \\" + escaped);
                }
            } else if (c < 0x20) {
                at--;
                throw error("control character in a string: escape it");
            }
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word);
        }
        at += word.length();
    }

    private void number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (!text.substring(start, at).matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            at = start;
            throw error("malformed number");
        }
    }
}
