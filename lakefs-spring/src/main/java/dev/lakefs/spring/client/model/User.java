package dev.lakefs.spring.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A lakeFS user.
 *
 * @param id the user id
 * @param creationDate when the user was created
 * @param friendlyName a display name, when set
 * @param email the email address, when set
 */
public record User(String id, Instant creationDate, @Nullable String friendlyName, @Nullable String email) {
}
