package dev.lakefs.embedded.gateway.signature;

import java.util.Base64;

import org.jspecify.annotations.Nullable;

/** Base64 decoding as strict as Go's {@code base64.StdEncoding}: padding required. */
final class Base64Strict {

    private Base64Strict() {
    }

    /** The decoded bytes, or null when the text is not padded standard base64. */
    static byte @Nullable [] decode(String text) {
        if (text.length() % 4 != 0) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
