package dev.lakefs.embedded.gateway;

/** An operation failed with an S3 error; the gateway answers it as XML. */
final class S3Exception extends RuntimeException {

    private final String code;

    private final int status;

    S3Exception(String code, String message, int status) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    String code() {
        return this.code;
    }

    int status() {
        return this.status;
    }
}
