package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Why one path of a bulk delete failed.
 *
 * @param statusCode the HTTP status for this path
 * @param message the server's message
 * @param path the path, when the server names it
 */
public record ObjectError(int statusCode, String message, @Nullable String path) {
}
