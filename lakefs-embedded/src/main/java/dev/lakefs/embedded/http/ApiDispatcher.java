package dev.lakefs.embedded.http;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.lakefs.embedded.RecordedRequest;
import dev.lakefs.embedded.gateway.signature.SignatureVerifier;
import org.jspecify.annotations.Nullable;

/**
 * The single HTTP entry point. In lakeFS's order: route, validate, authenticate, handle; with injected faults
 * decided up front and every request recorded. Errors never escape as stack traces: unexpected exceptions answer
 * 500 with the exception's text. As in lakeFS's {@code run.go}, a request carrying an AWS signature goes to the S3
 * gateway whatever its path (recorded with the operation id {@value #S3_GATEWAY_OPERATION}).
 */
public final class ApiDispatcher implements HttpHandler {

    /** The API base path. */
    public static final String API_PREFIX = "/api/v1";

    /** Where presigned storage URLs live; outside the API, so lakeFS credentials are neither needed nor checked. */
    public static final String STORAGE_PREFIX = "/_lakefs_embedded/storage";

    /** The operation id recorded for requests served by the S3 gateway. */
    public static final String S3_GATEWAY_OPERATION = "s3Gateway";

    private static final System.Logger logger = System.getLogger(ApiDispatcher.class.getName());

    /** Operations with {@code security: []} in the spec. */
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("healthCheck", "login", "getSetupState", "setup",
            "setupCommPrefs", "oauthCallback", "stsLogin", "externalPrincipalLogin", "getAuthCapabilities");

    private final Router router;

    private final ApiHandler storageHandler;

    private final Authenticator authenticator;

    private final FaultInjector faults;

    private final RequestRecorder recorder;

    private final Supplier<String> baseUrl;

    private final @Nullable SignedRequestHandler s3Gateway;

    /**
     * @param baseUrl the server root that presigned URLs and redirects point to: the server's own configured
     * address, never the request's {@code Host} header (a forged one would get URLs to any host signed)
     * @param s3Gateway serves signed requests; null to answer them as any other request
     */
    public ApiDispatcher(Router router, ApiHandler storageHandler, Authenticator authenticator, FaultInjector faults,
            RequestRecorder recorder, Supplier<String> baseUrl, @Nullable SignedRequestHandler s3Gateway) {
        this.s3Gateway = s3Gateway;
        this.router = router;
        this.storageHandler = storageHandler;
        this.authenticator = authenticator;
        this.faults = faults;
        this.recorder = recorder;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        QueryParameters query = QueryParameters.parse(rawQuery);
        @Nullable String operationId = null;
        boolean drop = false;
        ApiResponse response;
        try {
            if (this.s3Gateway != null && SignatureVerifier.isSigned(exchange.getRequestHeaders(), rawQuery)) {
                operationId = S3_GATEWAY_OPERATION;
                response = this.s3Gateway.handle(exchange, this.baseUrl.get());
            }
            else if (rawPath.equals(STORAGE_PREFIX)) {
                response = this.storageHandler.handle(newRequest(exchange, "storage", Map.of(), query));
            }
            else {
                Router.Match match = rawPath.startsWith(API_PREFIX + "/")
                        ? this.router.match(exchange.getRequestMethod(), rawPath.substring(API_PREFIX.length()))
                        : null;
                if (match == null) {
                    throw ApiException.notFound("invalid API endpoint");
                }
                if (!match.methodMatches()) {
                    throw new ApiException(405, "method not allowed");
                }
                operationId = match.spec().operationId();
                FaultInjector.Decision faults = this.faults.decide(operationId);
                drop = faults.drop();
                response = handle(exchange, match, query, faults);
            }
        }
        catch (ApiException ex) {
            response = errorResponse(ex);
        }
        catch (RequestBodyException ex) {
            logger.log(Level.DEBUG, "Request " + exchange.getRequestMethod() + " " + rawPath + " aborted", ex);
            response = ApiResponse.json(400, new ApiException.ErrorBody(ex.getMessage()));
        }
        catch (IOException | RuntimeException | Error ex) {
            // Even an Error (a class missing mid-redeploy, a stack overflow) gets an answer: a client never hangs.
            logger.log(Level.WARNING, "Request " + exchange.getRequestMethod() + " " + rawPath + " failed", ex);
            response = ApiResponse.json(500, new ApiException.ErrorBody(String.valueOf(ex)));
        }
        // Recorded before the response goes out, so a client that has its answer always finds its request.
        this.recorder.record(new RecordedRequest(exchange.getRequestMethod(), rawPath,
                CredentialRedaction.query(rawQuery), operationId,
                CredentialRedaction.headers(exchange.getRequestHeaders()), drop ? 0 : response.status()));
        ResponseWriter.write(exchange, response, drop);
    }

    private ApiResponse handle(HttpExchange exchange, Router.Match match, QueryParameters query,
            FaultInjector.Decision faults) throws IOException {
        if (!faults.latency().isZero()) {
            sleep(faults.latency().toMillis());
        }
        if (faults.rejectStatus() != 0) {
            throw injected(faults);
        }
        for (String name : match.spec().requiredQuery()) {
            if (!query.contains(name)) {
                throw ApiRequest.missing(name);
            }
        }
        ApiRequest.amountParameter(query);
        if (!PUBLIC_OPERATIONS.contains(match.spec().operationId())) {
            this.authenticator.authenticate(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Cookie"));
        }
        ApiHandler handler = match.handler();
        if (handler == null) {
            throw ApiException.notImplemented(match.spec().operationId() + " is not implemented by the embedded lakeFS server");
        }
        return handler.handle(newRequest(exchange, match.spec().operationId(), match.pathParams(), query));
    }

    private ApiRequest newRequest(HttpExchange exchange, String operationId, Map<String, String> pathParams,
            QueryParameters query) {
        return new ApiRequest(exchange, operationId, pathParams, query, this.baseUrl.get());
    }

    private static ApiException injected(FaultInjector.Decision faults) {
        int status = faults.rejectStatus();
        Map<String, String> headers = new LinkedHashMap<>();
        String message = "injected fault";
        if (status == 429) {
            headers.put("Retry-After", Long.toString(Math.max(0, faults.retryAfter().toSeconds())));
            message = "Too many attempts, try again later";
        }
        else if (status == 503) {
            message = "slow down";
        }
        return new ApiException(status, message, null, headers);
    }

    private static ApiResponse errorResponse(ApiException ex) {
        ApiResponse response = ApiResponse.json(ex.status(), ex.body());
        ex.headers().forEach(response::header);
        return response;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
