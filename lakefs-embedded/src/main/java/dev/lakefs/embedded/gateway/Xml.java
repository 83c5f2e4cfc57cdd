package dev.lakefs.embedded.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the XML documents the gateway answers, element by element, in the order lakeFS's structs marshal them
 * (no indentation, as lakeFS: Java clients choke on it).
 */
final class Xml {

    /** The S3 namespace, on the documents lakeFS declares it on. */
    static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    /** lakeFS's {@code serde.Timestamp}: ISO-8601 with milliseconds, UTC. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    /** Opens an element. */
    Xml open(String name) {
        this.out.append('<').append(name).append('>');
        return this;
    }

    /** Opens a root element that declares the S3 namespace. */
    Xml openS3(String name) {
        this.out.append('<').append(name).append(" xmlns=\"").append(S3_NAMESPACE).append("\">");
        return this;
    }

    Xml close(String name) {
        this.out.append("</").append(name).append('>');
        return this;
    }

    /** An element with text (empty text still writes the element). */
    Xml element(String name, String text) {
        return open(name).text(text).close(name);
    }

    Xml element(String name, long value) {
        return element(name, Long.toString(value));
    }

    Xml element(String name, boolean value) {
        return element(name, Boolean.toString(value));
    }

    /** An element only when its text is not empty ({@code omitempty}). */
    Xml optional(String name, String text) {
        return text.isEmpty() ? this : element(name, text);
    }

    byte[] bytes() {
        return this.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A time as lakeFS writes it in XML bodies. */
    static String timestamp(long epochSeconds) {
        return TIMESTAMP.format(Instant.ofEpochSecond(epochSeconds));
    }

    private Xml text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> this.out.append("&amp;");
                case '<' -> this.out.append("&lt;");
                case '>' -> this.out.append("&gt;");
                case '"' -> this.out.append("&#34;");
                case '\'' -> this.out.append("&#39;");
                case '\t' -> this.out.append("&#x9;");
                case '\n' -> this.out.append("&#xA;");
                case '\r' -> this.out.append("&#xD;");
                default -> {
                    // Characters XML 1.0 cannot carry become U+FFFD, as Go's encoder writes them.
                    boolean legal = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
                    this.out.append(legal ? c : '\uFFFD');
                }
            }
        }
        return this;
    }
}
