package dev.lakefs.embedded.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lakefs.embedded.http.ApiResponse;

/**
 * {@code x-amz-meta-*} user metadata as lakeFS's gateway keeps it: stored under {@code X-Amz-Meta-<lower-cased
 * name>} (so the REST API shows it with that prefix), RFC 2047-decoded on the way in and Q-encoded on the way out,
 * at most 2 KiB of names and values.
 */
final class UserMetadata {

    static final String PREFIX = "X-Amz-Meta-";

    private static final int MAX_SIZE = 2 * 1024;

    /** One RFC 2047 encoded word: {@code =?charset?Q|B?text?=}. */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");

    private static final String TOKEN_SPECIALS = "-_.#!$%&'*+^`|~";

    private UserMetadata() {
    }

    /** The metadata of a request; {@code MetadataTooLarge} past 2 KiB, {@code InvalidArgument} on a bad encoding. */
    static Map<String, String> of(S3Request request) {
        Map<String, String> metadata = new TreeMap<>();
        int size = 0;
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (name.length() <= PREFIX.length() || !name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                    || header.getValue().isEmpty()) {
                continue;
            }
            String key = name.substring(PREFIX.length());
            // The JDK decodes header bytes as ISO-8859-1; lakeFS keeps them as sent (UTF-8 in practice).
            String raw = header.getValue().get(0);
            String value = decode(new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            size += key.length() + value.getBytes(StandardCharsets.UTF_8).length;
            if (size > MAX_SIZE) {
                throw S3Error.METADATA_TOO_LARGE.exception();
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (isValidKey(lower)) {
                metadata.put(PREFIX + lower, value);
            }
        }
        return metadata;
    }

    /** Adds the stored {@code X-Amz-Meta-*} entries as headers; others are counted in {@code X-Amz-Missing-Meta}. */
    static void write(ApiResponse response, Map<String, String> metadata) {
        int missing = 0;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (!entry.getKey().startsWith(PREFIX)) {
                continue;
            }
            String key = entry.getKey().substring(PREFIX.length());
            if (isValidKey(key)) {
                response.header(PREFIX + key, encode(entry.getValue()));
            }
            else {
                missing++;
            }
        }
        if (missing > 0) {
            response.header("X-Amz-Missing-Meta", Integer.toString(missing));
        }
    }

    /** HTTP token characters (lakeFS's {@code isValidMetadataKey}). */
    private static boolean isValidKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SPECIALS.indexOf(c) >= 0;
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /** Decodes RFC 2047 encoded words; text without them is returned as is. */
    static String decode(String value) {
        if (!value.contains("=?")) {
            return value;
        }
        Matcher matcher = ENCODED_WORD.matcher(value);
        StringBuilder decoded = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            String between = value.substring(last, matcher.start());
            // Whitespace between two encoded words is dropped.
            if (last == 0 || !between.isBlank()) {
                decoded.append(between);
            }
            decoded.append(decodeWord(matcher.group(1), matcher.group(2), matcher.group(3)));
            last = matcher.end();
        }
        return decoded.append(value.substring(last)).toString();
    }

    private static String decodeWord(String charsetName, String encoding, String text) {
        Charset charset;
        try {
            charset = Charset.forName(charsetName);
        }
        catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            throw S3Error.INVALID_HEADER_VALUE.exception();
        }
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return new String(Base64.getDecoder().decode(text), charset);
            }
            catch (IllegalArgumentException ex) {
                throw S3Error.INVALID_HEADER_VALUE.exception();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            }
            else if (c == '=') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw S3Error.INVALID_HEADER_VALUE.exception();
                }
                bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            }
            else {
                bytes.write(c);
            }
        }
        return bytes.toString(charset);
    }

    /** Go's {@code mime.QEncoding.Encode("utf-8", v)}: unchanged when printable ASCII, else one or more Q words. */
    static String encode(String value) {
        boolean plain = value.chars().allMatch(c -> (c >= ' ' && c <= '~') || c == '\t');
        if (plain) {
            return value;
        }
        StringBuilder out = new StringBuilder("=?utf-8?q?");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == ' ') {
                out.append('_');
            }
            else if (c > ' ' && c < 0x7f && c != '=' && c != '?' && c != '_') {
                out.append((char) c);
            }
            else {
                out.append('=').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.append("?=").toString();
    }
}
