package dev.lakefs.embedded.api.model;


/** lakeFS's {@code Error}. */
public record ErrorInfo(String message) {
}
