package dev.lakefs.embedded.http;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of path segments and query components, and encoding of query values. */
public final class UriCodec {

    private UriCodec() {
    }

    /** Decodes a path segment: {@code %XX} escapes only ({@code +} stays a plus). */
    public static String decodePathSegment(String raw) {
        return decode(raw, false);
    }

    /** Decodes a query name or value: {@code %XX} escapes and {@code +} as space. */
    public static String decodeQueryComponent(String raw) {
        return decode(raw, true);
    }

    /** Encodes a query value so that {@link #decodeQueryComponent} gives it back. */
    public static String encodeQueryComponent(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            }
            else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            }
            else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String raw, int index) {
        return index < raw.length() && Character.digit(raw.charAt(index), 16) >= 0;
    }
}
