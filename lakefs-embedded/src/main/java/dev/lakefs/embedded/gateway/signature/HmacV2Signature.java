package dev.lakefs.embedded.gateway.signature;

import java.time.Instant;

/** A signature of the SigV2 family (SigV2, JavaV2): the request is checked, its body is not. */
sealed interface HmacV2Signature permits SigV2, JavaV2 {

    /** The access key that signed. */
    String accessKeyId();

    /**
     * @param request the request
     * @param query its decoded query
     * @param secretAccessKey the key's secret
     * @param now the server's time
     * @throws SignatureException lakeFS's error for the first check that fails
     */
    void verify(SignedRequest request, QueryParameters query, String secretAccessKey, Instant now)
            throws SignatureException;
}
