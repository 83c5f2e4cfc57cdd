package dev.lakefs.embedded.gateway.signature;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Percent-encoding as lakeFS's Go code does it, over byte strings (one {@code char} per byte, ISO-8859-1).
 */
final class Percent {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Percent() {
    }

    /**
     * Percent-decodes, as Go's {@code url.QueryUnescape} (query) or the request path parser (path).
     * @param raw the encoded text; characters above 0xFF are taken as their UTF-8 bytes
     * @param plusIsSpace whether {@code +} means a space (query) or itself (path)
     * @return the decoded byte string, or null when an escape is not {@code %} and two hex digits
     */
    static @Nullable String decode(String raw, boolean plusIsSpace) {
        String bytes = bytes(raw);
        StringBuilder decoded = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c == '%') {
                int high = (i + 2 < bytes.length()) ? hexDigit(bytes.charAt(i + 1)) : -1;
                int low = (i + 2 < bytes.length()) ? hexDigit(bytes.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                decoded.append((char) ((high << 4) | low));
                i += 2;
            }
            else {
                decoded.append((plusIsSpace && c == '+') ? ' ' : c);
            }
        }
        return decoded.toString();
    }

    /**
     * Encodes every byte except the unreserved {@code A-Z a-z 0-9 - _ . ~} (and {@code /} when asked) as {@code %XX}.
     * @param bytes a byte string
     * @param keepSlash whether {@code /} stays as is (paths)
     * @param spaceAsPlus whether a space becomes {@code +} (Go's {@code url.QueryEscape}) rather than {@code %20}
     * @return the encoded text
     */
    static String encode(String bytes, boolean keepSlash, boolean spaceAsPlus) {
        StringBuilder encoded = new StringBuilder(bytes.length() * 3 / 2);
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (isUnreserved(c) || (keepSlash && c == '/')) {
                encoded.append(c);
            }
            else if (spaceAsPlus && c == ' ') {
                encoded.append('+');
            }
            else {
                encoded.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** The text as a byte string: characters up to 0xFF are kept, others become their UTF-8 bytes. */
    static String bytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return text;
    }

    /** The value of an ASCII hex digit, or -1. */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~';
    }
}
