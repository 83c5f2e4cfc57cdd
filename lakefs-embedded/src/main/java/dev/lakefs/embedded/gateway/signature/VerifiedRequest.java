package dev.lakefs.embedded.gateway.signature;

import java.io.InputStream;

/**
 * A request whose signature matched.
 *
 * @param accessKeyId the key that signed it
 * @param payload the object bytes: aws-chunked framing removed, and checked against the signed hash, the chunk
 * signatures or the trailing checksum while it is read. A mismatch throws {@link SignatureException} from
 * {@code read}, at the latest when the end is reached, so a caller that stores the payload only after reading it to
 * the end never keeps a corrupt one
 * @param decodedContentLength the payload's length ({@code x-amz-decoded-content-length} for aws-chunked bodies,
 * else {@code Content-Length}), or -1 when unknown
 */
public record VerifiedRequest(String accessKeyId, InputStream payload, long decodedContentLength) {
}
