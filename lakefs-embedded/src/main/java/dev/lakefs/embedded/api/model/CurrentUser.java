package dev.lakefs.embedded.api.model;


/** lakeFS's {@code CurrentUser}. */
public record CurrentUser(User user) {
}
