package dev.lakefs.embedded.gateway.signature;

/**
 * The S3 errors lakeFS's gateway answers when it refuses a request's signature or payload, with lakeFS's codes,
 * statuses and messages ({@code pkg/gateway/errors/errors.go}; the constant named in each Javadoc).
 */
enum AuthError {

    /** {@code ErrAccessDenied}, also lakeFS's fallback for any authentication error that has no code of its own. */
    ACCESS_DENIED("AccessDenied", 403, "Access Denied."),

    /** {@code ErrSignatureDoesNotMatch}. */
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403,
            "The request signature we calculated does not match the signature you provided. Check your key and "
                    + "signing method."),

    /** {@code ErrMissingFields}: no authenticator recognised the request. */
    MISSING_FIELDS("MissingFields", 400, "Missing fields in request."),

    /** {@code ErrMissingCredTag}. */
    MISSING_CREDENTIAL("InvalidRequest", 400, "Missing Credential field for this request."),

    /** {@code ErrCredMalformed}. */
    CREDENTIAL_MALFORMED("AuthorizationQueryParametersError", 400,
            "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "
                    + "\"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."),

    /** {@code ErrInvalidQuerySignatureAlgo}. */
    INVALID_QUERY_SIGNATURE_ALGORITHM("AuthorizationQueryParametersError", 400,
            "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"."),

    /** {@code ErrMalformedExpires}. */
    MALFORMED_EXPIRES("AuthorizationQueryParametersError", 400, "X-Amz-Expires should be a number"),

    /** {@code ErrNegativeExpires}. */
    NEGATIVE_EXPIRES("AuthorizationQueryParametersError", 400, "X-Amz-Expires must be non-negative"),

    /** {@code ErrMaximumExpires}. */
    MAXIMUM_EXPIRES("AuthorizationQueryParametersError", 400,
            "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less "
                    + "than 604800 seconds"),

    /** {@code ErrMissingDateHeader}: lakeFS answers this AccessDenied with 400. */
    MISSING_DATE_HEADER("AccessDenied", 400, "AWS authentication requires a valid Date or x-amz-date header"),

    /** {@code ErrMalformedDate}. */
    MALFORMED_DATE("MalformedDate", 400,
            "Invalid date format header, expected to be in ISO8601, RFC1123 or RFC1123Z time format."),

    /** {@code ErrMalformedCredentialDate}: lakeFS sends the {@code %s} as is. */
    MALFORMED_CREDENTIAL_DATE("AuthorizationQueryParametersError", 400,
            "Error parsing the X-Amz-Credential parameter; incorrect date format \"%s\". This date in the "
                    + "credential must be in the format \"yyyyMMdd\"."),

    /** {@code ErrInvalidCredentialDate}. */
    INVALID_CREDENTIAL_DATE("AuthorizationHeaderMalformed", 400,
            "The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date."),

    /** {@code ErrRequestTimeTooSkewed}: the request is more than 15 minutes old. */
    REQUEST_TIME_TOO_SKEWED("RequestTimeTooSkewed", 403,
            "The difference between the request time and the server's time is too large."),

    /** {@code ErrRequestNotReadyYet}: the request is more than 15 minutes in the future. */
    REQUEST_NOT_READY_YET("AccessDenied", 403, "Request is not valid yet"),

    /** {@code ErrExpiredPresignRequest}. */
    EXPIRED_PRESIGNED_REQUEST("AccessDenied", 403, "Request has expired"),

    /** {@code ErrMissingContentLength}: an empty {@code x-amz-decoded-content-length}. */
    MISSING_CONTENT_LENGTH("MissingContentLength", 411, "You must provide the Content-Length HTTP header."),

    /**
     * {@code ErrInternalError}: what lakeFS's PutObject and UploadPart answer when reading the body fails for a
     * reason that has no S3 code (malformed aws-chunked framing, a trailing checksum that does not match).
     */
    INTERNAL_ERROR("InternalError", 500, "We encountered an internal error, please try again."),

    /** {@code ErrBadRequest}: a request URI lakeFS's HTTP server would not have parsed. */
    BAD_REQUEST("BadRequest", 400, "400 BadRequest");

    private final String code;

    private final int status;

    private final String message;

    AuthError(String code, int status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    /** The exception that makes the gateway answer this error. */
    SignatureException exception() {
        return new SignatureException(this.code, this.status, this.message);
    }

    /**
     * The exception that makes the gateway answer this error, with the reason kept as its cause for the log.
     * @param detail what exactly was wrong, naming the input
     */
    SignatureException exception(String detail) {
        SignatureException exception = exception();
        exception.initCause(new java.io.IOException(detail));
        return exception;
    }
}
