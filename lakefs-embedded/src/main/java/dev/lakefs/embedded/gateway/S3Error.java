package dev.lakefs.embedded.gateway;

/** The S3 errors the gateway answers, with lakeFS's codes, messages and statuses ({@code pkg/gateway/errors}). */
enum S3Error {

    ACCESS_DENIED("AccessDenied", "Access Denied.", 403),
    BAD_REQUEST("BadRequest", "400 BadRequest", 400),
    BUCKET_ALREADY_EXISTS("BucketAlreadyExists", "The requested bucket name is not available. The bucket namespace "
            + "is shared by all users of the system. Please select a different name and try again.", 409),
    ENTITY_TOO_LARGE("EntityTooLarge", "Your proposed upload exceeds the maximum allowed object size.", 400),
    INTERNAL_ERROR("InternalError", "We encountered an internal error, please try again.", 500),
    INVALID_COPY_DEST("InvalidRequest", "This copy request is illegal because it is trying to copy an object to "
            + "itself without changing the object's metadata, storage class, website redirect location or "
            + "encryption attributes.", 400),
    INVALID_COPY_SOURCE("InvalidArgument",
            "Copy Source must mention the source bucket and key: sourcebucket/sourcekey.", 400),
    INVALID_HEADER_VALUE("InvalidArgument", "Invalid header value.", 400),
    INVALID_MAX_UPLOADS("InvalidArgument", "Argument max-uploads must be an integer between 0 and 2147483647", 400),
    INVALID_PART_NUMBER_MARKER("InvalidArgument", "Argument partNumberMarker must be an integer.", 400),
    INVALID_RANGE("InvalidRange", "The requested range is not satisfiable", 416),
    MALFORMED_XML("MalformedXML",
            "The XML you provided was not well-formed or did not validate against our published schema.", 400),
    METADATA_TOO_LARGE("MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size", 400),
    NO_SUCH_BUCKET("NoSuchBucket", "The specified bucket does not exist", 404),
    NO_SUCH_BUCKET_POSSIBLE_API_ENDPOINT("ErrNoSuchBucketPossibleAPIEndpoint",
            "Repository \"api\" not found; this can happen if your endpoint URL mistakenly ends in \"/api/v1\".", 404),
    NO_SUCH_KEY("NoSuchKey", "The specified key does not exist.", 404),
    NO_SUCH_VERSION("NoSuchVersion",
            "Indicates that the version ID specified in the request does not match an existing version.", 404),
    NOT_IMPLEMENTED("NotImplemented", "A header you provided implies functionality that is not implemented", 501),
    PRECONDITION_FAILED("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412),
    SLOW_DOWN("SlowDown", "Please reduce your request", 503),
    LAKEFS_NOT_SUPPORTED("ERRLakeFSNotSupported", "This operation is not supported in LakeFS", 405),
    WRITE_TO_PROTECTED_BRANCH("ErrWriteToProtectedBranch", "Attempted to write to a protected branch", 403),
    READ_ONLY_REPOSITORY("ErrReadOnlyRepository", "Attempted to write to a read-only repository", 403);

    private final String code;

    private final String message;

    private final int status;

    S3Error(String code, String message, int status) {
        this.code = code;
        this.message = message;
        this.status = status;
    }

    String code() {
        return this.code;
    }

    String message() {
        return this.message;
    }

    int status() {
        return this.status;
    }

    /** This error, thrown. */
    S3Exception exception() {
        return new S3Exception(this.code, this.message, this.status);
    }
}
