package dev.lakefs.embedded.gateway.signature;

import java.io.IOException;

/**
 * A request the gateway refuses for its signature or payload, with the S3 error lakeFS answers. An
 * {@link IOException} so that it can also be thrown while the payload is read.
 */
public final class SignatureException extends IOException {

    private final String code;

    private final int status;

    /**
     * @param code the S3 error code, such as {@code SignatureDoesNotMatch}
     * @param status the HTTP status lakeFS answers with
     * @param message the error's message
     */
    public SignatureException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** The S3 error code. */
    public String code() {
        return this.code;
    }

    /** The HTTP status. */
    public int status() {
        return this.status;
    }
}
