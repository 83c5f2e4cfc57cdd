package dev.lakefs.embedded.api.model;


/** lakeFS's {@code AuthenticationToken}. */
public record AuthenticationToken(String token, long tokenExpiration) {
}
