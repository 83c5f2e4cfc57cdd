package dev.lakefs.spring.client.model;

/**
 * An error as the API reports it (the spec's {@code Error} model).
 *
 * @param message the server's message
 */
public record ErrorMessage(String message) {
}
