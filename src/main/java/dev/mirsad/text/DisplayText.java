package dev.mirsad.text;

/**
 * Text that came from outside (file names, parser messages) made safe to print on a terminal, in a
 * log line or on a page: control characters (newline, ESC and the rest of C0 and C1, DEL) and the
 * explicit bidi controls that can reorder what a reader sees are written as {@code \n} or
 * {@code \x1B}/{@code \u202E} escapes, so no name can forge a line, colour a terminal or hide its
 * end. Arabic and every other script pass unchanged.
 */
public final class DisplayText {

    private DisplayText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        if (!needsEscaping(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x100) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
