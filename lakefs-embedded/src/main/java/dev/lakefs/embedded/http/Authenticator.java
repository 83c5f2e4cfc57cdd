package dev.lakefs.embedded.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * lakeFS's authentication, reduced to one user: HTTP Basic with the configured key pair, or a bearer token from
 * {@code POST /auth/login} (also accepted in lakeFS's {@code internal_auth_session} cookie). Tokens are compact
 * HS256 JWTs signed with the server's per-start key.
 */
public final class Authenticator {

    /** lakeFS's login token lifetime. */
    static final Duration TOKEN_LIFETIME = Duration.ofDays(7);

    private static final String USER_ID = "admin";

    private static final String AUTH_ERROR = "error authenticating request";

    private static final String SESSION_COOKIE = "internal_auth_session";

    private static final String JWT_HEADER = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");

    private final String accessKeyId;

    private final String secretAccessKey;

    private final Signer signer;

    private final Clock clock;

    /** Tokens issued before this instant (epoch millis) are rejected: {@link #revokeTokens()}. */
    private volatile long notBefore;

    public Authenticator(String accessKeyId, String secretAccessKey, Signer signer, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
        this.signer = signer;
        this.clock = clock;
    }

    /** The user the credentials name (lakeFS's committer); a 401 when they are missing or wrong. */
    public String authenticate(@Nullable String authorization, @Nullable String cookie) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return checkBasic(authorization.substring(6).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return checkToken(authorization.substring(7).trim());
        }
        String session = sessionToken(cookie);
        if (session != null) {
            return checkToken(session);
        }
        throw ApiException.unauthorized(AUTH_ERROR);
    }

    /** Checks a login's key pair and issues a token. */
    public Token login(String accessKeyId, String secretAccessKey) {
        if (!credentialsMatch(accessKeyId, secretAccessKey)) {
            throw ApiException.unauthorized(AUTH_ERROR);
        }
        long expires = this.clock.instant().plus(TOKEN_LIFETIME).getEpochSecond();
        String payload = base64Url("{\"sub\":\"" + USER_ID + "\",\"iat_ms\":" + this.clock.millis() + ",\"exp\":"
                + expires + "}");
        String unsigned = JWT_HEADER + "." + payload;
        return new Token(unsigned + "." + this.signer.signToString(unsigned), expires);
    }

    /** The one user's id, lakeFS's committer name; "admin" as in the lakeFS quickstart. */
    public String userId() {
        return USER_ID;
    }

    private String checkBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            throw ApiException.unauthorized(AUTH_ERROR);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !credentialsMatch(decoded.substring(0, colon), decoded.substring(colon + 1))) {
            throw ApiException.unauthorized(AUTH_ERROR);
        }
        return USER_ID;
    }

    private String checkToken(String token) {
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0 || !this.signer.verify(token.substring(0, lastDot), token.substring(lastDot + 1))) {
            throw ApiException.unauthorized(AUTH_ERROR);
        }
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        if (claim(payload, "iat_ms") < this.notBefore || this.clock.instant().getEpochSecond() > claim(payload, "exp")) {
            throw ApiException.unauthorized(AUTH_ERROR);
        }
        return USER_ID;
    }

    /** Invalidates every token issued so far; returns the instant (epoch millis) tokens must be issued from. */
    public long revokeTokens() {
        long from = this.clock.millis() + 1;
        revokeTokensIssuedBefore(from);
        return from;
    }

    /** Invalidates every token issued before an instant (epoch millis), as a data directory's journal recorded. */
    public void revokeTokensIssuedBefore(long epochMillis) {
        this.notBefore = Math.max(this.notBefore, epochMillis);
    }

    /** A numeric claim of a payload this server wrote (so its shape is known). */
    private static long claim(String payload, String name) {
        int start = payload.indexOf("\"" + name + "\":") + name.length() + 3;
        int end = start;
        while (end < payload.length() && Character.isDigit(payload.charAt(end))) {
            end++;
        }
        return Long.parseLong(payload.substring(start, end));
    }

    private boolean credentialsMatch(String accessKeyId, String secretAccessKey) {
        return MessageDigest.isEqual(accessKeyId.getBytes(StandardCharsets.UTF_8),
                this.accessKeyId.getBytes(StandardCharsets.UTF_8))
                && MessageDigest.isEqual(secretAccessKey.getBytes(StandardCharsets.UTF_8),
                        this.secretAccessKey.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String sessionToken(@Nullable String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        for (String cookie : cookieHeader.split(";")) {
            String trimmed = cookie.trim();
            if (trimmed.startsWith(SESSION_COOKIE + "=")) {
                return trimmed.substring(SESSION_COOKIE.length() + 1);
            }
        }
        return null;
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A login token.
     *
     * @param token the bearer token
     * @param expiresAt its expiry, Unix seconds
     */
    public record Token(String token, long expiresAt) {
    }
}
