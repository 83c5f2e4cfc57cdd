package dev.lakefs.embedded.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256: signs auth tokens, presigned URLs and staging addresses. The key is made per server, so none of them
 * survive a restart (as tokens of a restarted lakeFS with a new secret would not), unless the server has a data
 * directory, which keeps the key (as lakeFS keeps its configured secret).
 */
public final class Signer {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** A signer with a random key. */
    public Signer() {
        this(randomKey());
    }

    /** A signer with this key (a data directory's). */
    public Signer(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    private static byte[] randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The raw HMAC of a text. */
    public byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(this.key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", ex);
        }
    }

    /** The HMAC as unpadded base64url, for URLs and tokens. */
    public String signToString(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(text));
    }

    /** Checks a base64url signature in constant time. */
    public boolean verify(String text, String signature) {
        byte[] expected = sign(text);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }
}
