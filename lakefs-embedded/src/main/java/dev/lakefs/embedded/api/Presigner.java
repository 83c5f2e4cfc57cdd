package dev.lakefs.embedded.api;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import dev.lakefs.embedded.http.ApiDispatcher;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.Signer;
import dev.lakefs.embedded.http.UriCodec;

/**
 * Presigned storage URLs on this server ({@code /_lakefs_embedded/storage?...}), which need no lakeFS credentials,
 * and lakeFS's signed staging addresses ({@code <address>,<signature>}), which {@code linkPhysicalAddress} checks.
 */
public final class Presigner {

    /** lakeFS accepts a staging address for 24 hours. */
    static final Duration LINK_ADDRESS_EXPIRY = Duration.ofHours(24);

    private final Signer signer;

    private final Clock clock;

    private final Duration urlExpiry;

    private final ReportedBlockstore blockstore;

    public Presigner(Signer signer, Clock clock, Duration urlExpiry, ReportedBlockstore blockstore) {
        this.signer = signer;
        this.clock = clock;
        this.urlExpiry = urlExpiry;
        this.blockstore = blockstore;
    }

    /** The object store presigned URLs are for. */
    public ReportedBlockstore blockstore() {
        return this.blockstore;
    }

    /** When a URL presigned now expires, Unix seconds. */
    public long expiry() {
        return this.clock.instant().plus(this.urlExpiry).getEpochSecond();
    }

    /**
     * A URL that lets anyone {@code method} ("GET" or "PUT") the blob at an address until {@code expires}: on this
     * server, or on the external store a test set up ({@link ReportedBlockstore}).
     */
    public String url(String baseUrl, String method, String address, long expires) {
        if (!this.blockstore.selfServed()) {
            return this.blockstore.externalUrl(address, method, expires,
                    this.signer.signToString(urlText(method, address, expires)));
        }
        return baseUrl + ApiDispatcher.STORAGE_PREFIX + "?method=" + method + "&address="
                + UriCodec.encodeQueryComponent(address) + "&expires=" + expires + "&signature="
                + this.signer.signToString(urlText(method, address, expires));
    }

    /** Checks a presigned URL's parameters; 403 when the signature is wrong or expired. */
    public void verifyUrl(String method, String address, String expires, String signature) {
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        }
        catch (NumberFormatException ex) {
            throw ApiException.forbidden("invalid presigned URL");
        }
        if (!this.signer.verify(urlText(method, address, expiresAt), signature)) {
            throw ApiException.forbidden("invalid presigned URL signature");
        }
        if (this.clock.instant().getEpochSecond() > expiresAt) {
            throw ApiException.forbidden("presigned URL expired");
        }
    }

    /** A staging address signed now: {@code <address>,<base64url(issued-at seconds, HMAC)>}. */
    public String signAddress(String address) {
        long issuedAt = this.clock.instant().getEpochSecond();
        byte[] mac = this.signer.sign(address + "\n" + issuedAt);
        ByteBuffer token = ByteBuffer.allocate(Long.BYTES + mac.length).putLong(issuedAt).put(mac);
        return address + "," + Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    /**
     * Checks a signed staging address and returns the address without its signature; 400 with lakeFS's messages
     * when it is not signed, badly signed or older than 24 hours.
     */
    public String verifyAddress(String signedAddress) {
        int comma = signedAddress.lastIndexOf(',');
        if (comma < 0) {
            throw ApiException.badRequest("address is not signed: link address invalid");
        }
        String address = signedAddress.substring(0, comma);
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(signedAddress.substring(comma + 1));
        }
        catch (IllegalArgumentException ex) {
            throw ApiException.badRequest("malformed address signature: link address invalid");
        }
        if (token.length <= Long.BYTES) {
            throw ApiException.badRequest("malformed address signature: link address invalid");
        }
        long issuedAt = ByteBuffer.wrap(token).getLong();
        byte[] expected = this.signer.sign(address + "\n" + issuedAt);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(token, Long.BYTES, token.length))) {
            throw ApiException.badRequest("malformed address signature: link address invalid");
        }
        if (this.clock.instant().getEpochSecond() - issuedAt > LINK_ADDRESS_EXPIRY.toSeconds()) {
            throw ApiException.badRequest("link address expired: link address invalid");
        }
        return address;
    }

    private static String urlText(String method, String address, long expires) {
        return method + "\n" + address + "\n" + expires;
    }
}
