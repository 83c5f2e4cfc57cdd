package dev.lakefs.spring.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;

/**
 * How the client authenticates: the value of its {@code Authorization} header, kept out of {@link #toString()}.
 */
final class Authentication {

    private final String scheme;

    private final String headerValue;

    private Authentication(String scheme, String headerValue) {
        this.scheme = scheme;
        this.headerValue = headerValue;
    }

    static Authentication basic(String accessKeyId, String secretAccessKey) {
        requireText("accessKeyId", accessKeyId);
        requireText("secretAccessKey", secretAccessKey);
        String pair = accessKeyId + ":" + secretAccessKey;
        return new Authentication("basic",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    static Authentication bearer(String token) {
        requireText("token", token);
        return new Authentication("bearer", "Bearer " + token);
    }

    void apply(HttpHeaders headers) {
        headers.set(HttpHeaders.AUTHORIZATION, this.headerValue);
    }

    @Override
    public String toString() {
        return this.scheme;
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

}
