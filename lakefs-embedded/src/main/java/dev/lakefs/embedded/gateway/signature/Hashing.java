package dev.lakefs.embedded.gateway.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The digests and MACs the signatures are made of. Texts are byte strings (ISO-8859-1) unless said otherwise. */
final class Hashing {

    /** The SHA-256 of nothing, in hex: part of every chunk's string to sign. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Hashing() {
    }

    /** HMAC-SHA256 of a byte string. */
    static byte[] hmacSha256(byte[] key, String message) {
        return mac("HmacSHA256", key, message);
    }

    /** HMAC-SHA1 of a byte string. */
    static byte[] hmacSha1(byte[] key, String message) {
        return mac("HmacSHA1", key, message);
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest sha256() {
        return digest("SHA-256");
    }

    /** A fresh digest of a JDK algorithm every Java runtime has. */
    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, ex);
        }
    }

    /** Lower-case hex of SHA-256 of a byte string. */
    static String sha256Hex(String message) {
        return hex(sha256().digest(bytes(message)));
    }

    /** Lower-case hex. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The bytes of a byte string. */
    static byte[] bytes(String byteString) {
        return byteString.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Compares in time independent of where the values differ, as Go's {@code hmac.Equal}. */
    static boolean constantTimeEquals(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] mac(String algorithm, byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(bytes(message));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, ex);
        }
    }
}
