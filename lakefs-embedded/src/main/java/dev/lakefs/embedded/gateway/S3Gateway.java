package dev.lakefs.embedded.gateway;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpExchange;
import dev.lakefs.embedded.api.ServerContext;
import dev.lakefs.embedded.gateway.signature.SignatureException;
import dev.lakefs.embedded.gateway.signature.SignatureVerifier;
import dev.lakefs.embedded.gateway.signature.SignedRequest;
import dev.lakefs.embedded.gateway.signature.VerifiedRequest;
import dev.lakefs.embedded.http.ApiException;
import dev.lakefs.embedded.http.ApiResponse;
import dev.lakefs.embedded.http.SignedRequestHandler;
import dev.lakefs.embedded.versioning.Names;
import dev.lakefs.embedded.versioning.ProtectedBranchException;
import dev.lakefs.embedded.versioning.Repository;

/**
 * The S3 gateway, in the order of lakeFS's middleware chain: pick the operation from the method and the path shape,
 * authenticate the signature, find the repository, then run the operation. Every failure is answered as S3 XML
 * with lakeFS's code, message and status; nothing escapes as a stack trace.
 */
public final class S3Gateway implements SignedRequestHandler {

    /** The region lakeFS's gateway reports ({@code gateways.s3.region}). */
    static final String REGION = "us-east-1";

    private static final System.Logger logger = System.getLogger(S3Gateway.class.getName());

    private final ServerContext context;

    private final SignatureVerifier verifier;

    private final BucketOperations buckets;

    private final ObjectOperations objects;

    private final MultipartUploads uploads;

    /**
     * @param context the store shared with the REST API
     * @param verifier checks signatures with the server's key pair
     */
    public S3Gateway(ServerContext context, SignatureVerifier verifier) {
        this.context = context;
        this.verifier = verifier;
        this.uploads = new MultipartUploads(context);
        this.buckets = new BucketOperations(context, this.uploads);
        this.objects = new ObjectOperations(context, this.uploads);
    }

    /** Drops every multipart upload in progress and its parts (the server is reset or stopped). */
    public void clear() {
        this.uploads.clear();
    }

    @Override
    public ApiResponse handle(HttpExchange exchange, String baseUrl) {
        S3Request request = new S3Request(exchange, UUID.randomUUID().toString(), baseUrl);
        ApiResponse response;
        try {
            response = dispatch(request, exchange);
        }
        catch (S3Exception ex) {
            response = error(request, ex.code(), ex.getMessage(), ex.status());
        }
        catch (SignatureException ex) {
            // A payload that fails its signature while an operation reads it: lakeFS answers the operation's
            // fallback, an internal error for the writes.
            logger.log(Level.DEBUG, "S3 request payload refused: " + ex.getMessage());
            response = error(request, S3Error.INTERNAL_ERROR);
        }
        catch (ProtectedBranchException ex) {
            response = error(request, S3Error.WRITE_TO_PROTECTED_BRANCH);
        }
        catch (IOException | RuntimeException | Error ex) {
            logger.log(Level.WARNING, "S3 request " + request.method() + " " + exchange.getRequestURI().getRawPath()
                    + " failed", ex);
            response = error(request, S3Error.INTERNAL_ERROR);
        }
        return response.header("X-Amz-Request-Id", request.requestId());
    }

    private ApiResponse dispatch(S3Request request, HttpExchange exchange) throws IOException {
        Operation operation = Operation.of(request);
        VerifiedRequest verified;
        try {
            verified = this.verifier.verify(new SignedRequest(request.method(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), exchange.getRequestBody()));
        }
        catch (SignatureException ex) {
            throw new S3Exception(ex.code(), ex.getMessage(), ex.status());
        }
        request.verified(verified.payload(), verified.decodedContentLength());
        if (request.repository().isEmpty()) {
            return (operation == Operation.LIST_BUCKETS) ? withContentType(request, this.buckets.list(request))
                    : ApiResponse.empty(404);
        }
        Repository repository = repository(request, operation);
        ApiResponse response = switch (operation) {
            case HEAD_BUCKET, PUT_BUCKET, LIST_OBJECTS, DELETE_OBJECTS -> {
                request.scopeToRepository();
                yield this.buckets.handle(request, repository, operation);
            }
            case GET_OBJECT, HEAD_OBJECT, PUT_OBJECT, POST_OBJECT, DELETE_OBJECT -> {
                request.scopeToPath();
                yield this.objects.handle(request, repository, operation);
            }
            case UNSUPPORTED -> throw S3Error.LAKEFS_NOT_SUPPORTED.exception();
            default -> ApiResponse.empty(404);
        };
        return withContentType(request, response);
    }

    /**
     * The repository a request names (lakeFS's {@code EnrichWithRepositoryOrFallback}): an id that is not a valid
     * repository id fails lookup with an internal error, as lakeFS's validation error does.
     */
    private Repository repository(S3Request request, Operation operation) {
        String id = request.repository();
        if (!Names.REPOSITORY.matcher(id).matches()) {
            throw S3Error.INTERNAL_ERROR.exception();
        }
        try {
            return this.context.repositories().get(id);
        }
        catch (ApiException ex) {
            if (ex.status() != 404) {
                throw ex;
            }
            if (request.apiPrefixed()) {
                throw S3Error.NO_SUCH_BUCKET_POSSIBLE_API_ENDPOINT.exception();
            }
            throw (operation == Operation.PUT_BUCKET) ? S3Error.NOT_IMPLEMENTED.exception()
                    : S3Error.NO_SUCH_BUCKET.exception();
        }
    }

    /**
     * lakeFS's {@code setDefaultContentType}: XML unless the client's {@code Accept} names neither XML type; an
     * operation's own content type (an object's) wins.
     */
    private static ApiResponse withContentType(S3Request request, ApiResponse response) {
        if (response.headers().containsKey("Content-Type")) {
            return response;
        }
        List<String> accept = request.headers().get("Accept");
        if (accept == null) {
            return response.header("Content-Type", "application/xml");
        }
        for (String type : List.of("application/xml", "text/xml")) {
            boolean listed = accept.stream()
                .flatMap(value -> List.of(value.split(",\\s*")).stream())
                .anyMatch(type::equals);
            if (listed) {
                return response.header("Content-Type", type);
            }
        }
        return response;
    }

    private static ApiResponse error(S3Request request, S3Error error) {
        return error(request, error.code(), error.message(), error.status());
    }

    /** lakeFS's {@code APIErrorResponse}, with what the request got as far as naming. */
    private static ApiResponse error(S3Request request, String code, String message, int status) {
        Xml xml = new Xml().open("Error")
            .element("Code", code)
            .element("Message", message)
            .optional("Key", request.errorKey())
            .optional("BucketName", request.errorBucket())
            .element("Resource", request.errorResource())
            .element("Region", REGION)
            .element("RequestId", request.requestId())
            .element("HostId", hostId())
            .close("Error");
        return ApiResponse.bytes(status, xml.bytes(), "application/xml");
    }

    /** Meaningless, as in lakeFS: 8 random hex characters. */
    private static String hostId() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
