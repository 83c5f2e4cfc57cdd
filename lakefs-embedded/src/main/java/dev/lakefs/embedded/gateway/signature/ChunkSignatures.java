package dev.lakefs.embedded.gateway.signature;

/**
 * The chain of aws-chunked chunk signatures: each chunk is signed over the previous signature, starting from the
 * request's own (the seed), as lakeFS's {@code GetChunkSignature} computes them.
 */
final class ChunkSignatures {

    private final byte[] signingKey;

    private final String prefix;

    private String previous;

    /**
     * @param signingKey the request's SigV4 signing key
     * @param amzDate the request time ({@code yyyyMMdd'T'HHmmss'Z'})
     * @param scope the credential scope
     * @param seedSignature the request's signature
     */
    ChunkSignatures(byte[] signingKey, String amzDate, String scope, String seedSignature) {
        this.signingKey = signingKey;
        this.prefix = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n";
        this.previous = seedSignature;
    }

    /**
     * Checks the next chunk's signature; when it matches, it becomes the one the next chunk is signed over.
     * @param sent the {@code chunk-signature} the client sent
     * @param chunkSha256 the SHA-256 of the chunk's data
     * @return whether it matches
     */
    boolean verifyNext(String sent, byte[] chunkSha256) {
        String stringToSign = this.prefix + this.previous + "\n" + Hashing.EMPTY_SHA256 + "\n"
                + Hashing.hex(chunkSha256);
        String expected = Hashing.hex(Hashing.hmacSha256(this.signingKey, stringToSign));
        if (!Hashing.constantTimeEquals(Hashing.bytes(expected), Hashing.bytes(sent))) {
            return false;
        }
        this.previous = expected;
        return true;
    }
}
