package dev.lakefs.spring.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What {@code login} answers: a JWT to send as a bearer token.
 *
 * @param token the JWT; never shown by {@link #toString()}
 * @param tokenExpiration when it expires, when sent
 */
public record AuthenticationToken(String token, @Nullable Instant tokenExpiration) {

    @Override
    public String toString() {
        return "AuthenticationToken[token=******, tokenExpiration=" + this.tokenExpiration + "]";
    }

}
