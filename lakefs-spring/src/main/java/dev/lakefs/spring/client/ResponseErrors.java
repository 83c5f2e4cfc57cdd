package dev.lakefs.spring.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLHandshakeException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;

import dev.lakefs.spring.client.model.ErrorMessage;
import reactor.core.publisher.Mono;

/**
 * Turns failed exchanges into the client's exception hierarchy: error answers by status, answers that are not the
 * lakeFS API into {@link LakeFSInvalidEndpointException}, and I/O failures into {@link LakeFSTransportException}.
 * An HTML page means a wrong endpoint only as the answer to a successful or a not-found request; an HTML error page
 * with another status (a load balancer's 503 while lakeFS restarts) stays an error of that status.
 */
final class ResponseErrors {

    static final String REQUEST_ID_HEADER = "X-Request-Id";

    /** Error bodies are short JSON documents; anything longer is read only this far. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>",
            Pattern.CASE_INSENSITIVE);

    private static final String BRANCH_LOCKED = "branch is currently locked";

    private final URI endpoint;

    private final LakeFSJson json;

    ResponseErrors(URI endpoint, LakeFSJson json) {
        this.endpoint = endpoint;
        this.json = json;
    }

    /** Reads an error answer (status 4xx or 5xx) and makes the exception it stands for. */
    Mono<LakeFSException> toException(ClientResponse response, LakeFSCall call) {
        int status = response.statusCode().value();
        String requestId = requestId(response.headers().asHttpHeaders());
        MediaType contentType = response.headers().contentType().orElse(null);
        if (isHtml(contentType) && status == 404) {
            // lakeFS answers an unknown API path with JSON; an HTML "not found" page comes from another server
            return response.releaseBody()
                .then(Mono.fromSupplier(() -> notTheApi(call, status, contentType, requestId)));
        }
        // any other HTML error (a load balancer's 502/503/504 page while lakeFS restarts) keeps its status, so the
        // retry table applies to it
        HttpHeaders headers = response.headers().asHttpHeaders();
        return DataBufferUtils.join(response.bodyToFlux(DataBuffer.class), MAX_ERROR_BODY)
            .map(ResponseErrors::toBytes)
            .mapNotNull((body) -> isHtml(contentType) ? htmlTitle(body) : serverMessage(body, contentType))
            .onErrorResume(DataBufferLimitException.class, (ex) -> Mono.empty())
            .map((message) -> byStatus(status, message, call, requestId, headers))
            .switchIfEmpty(Mono.fromSupplier(() -> byStatus(status, null, call, requestId, headers)));
    }

    LakeFSException byStatus(int status, @Nullable String message, LakeFSCall call, @Nullable String requestId,
            HttpHeaders headers) {
        String operationId = call.operation().operationId();
        return switch (status) {
            case 400 -> new LakeFSBadRequestException(message, operationId, requestId);
            case 401 -> new LakeFSUnauthorizedException(message, operationId, requestId);
            case 403 -> new LakeFSForbiddenException(message, operationId, requestId);
            case 404 -> new LakeFSNotFoundException(message, operationId, requestId);
            case 409 -> conflict(message, call, requestId);
            case 410 -> new LakeFSGoneException(message, operationId, requestId);
            case 412 -> new LakeFSPreconditionFailedException(message, operationId, requestId);
            case 416 -> new LakeFSRangeNotSatisfiableException(message, operationId, requestId,
                    ObjectHeadersReader.totalSize(status, -1, headers));
            case 429 -> new LakeFSTooManyRequestsException(message, operationId, requestId, retryAfter(headers));
            default -> (status >= 500)
                    ? new LakeFSServerException(status, message, operationId, requestId, retryAfter(headers))
                    : new LakeFSException(status, message, operationId, requestId, null);
        };
    }

    private LakeFSConflictException conflict(@Nullable String message, LakeFSCall call, @Nullable String requestId) {
        String operationId = call.operation().operationId();
        boolean conflictingChanges = switch (call.operation()) {
            case MERGE_INTO_BRANCH -> true;
            case REVERT_BRANCH, CHERRY_PICK -> message != null && message.contains("conflict");
            default -> false;
        };
        if (!conflictingChanges) {
            return new LakeFSConflictException(message, operationId, requestId);
        }
        String source = (call.operation() == Operation.MERGE_INTO_BRANCH) ? call.uriVariable("sourceRef") : null;
        String destination = (call.operation() == Operation.MERGE_INTO_BRANCH) ? call.uriVariable("destinationBranch")
                : call.uriVariable("branch");
        return new LakeFSMergeConflictException(source, destination, message, operationId, requestId);
    }

    /** The exception for a success answer whose body is not what the lakeFS API sends. */
    LakeFSInvalidEndpointException notTheApi(LakeFSCall call, int status, @Nullable MediaType contentType,
            @Nullable String requestId) {
        String what = (contentType != null) ? contentType.toString() : "a body without a content type";
        return new LakeFSInvalidEndpointException("The lakeFS endpoint " + this.endpoint + " answered "
                + call.operation().operationId() + " with status " + status + " and " + what
                + ", not with the lakeFS API's JSON: the endpoint is probably missing '" + Endpoints.API_PATH
                + "' (e.g. http://localhost:8000" + Endpoints.API_PATH + ") or points at another server",
                status, call.operation().operationId(), requestId);
    }

    /** The exception for a success answer whose JSON could not be read. */
    LakeFSInvalidEndpointException unreadable(LakeFSCall call, int status, JacksonException ex,
            @Nullable String requestId) {
        return new LakeFSInvalidEndpointException("The lakeFS endpoint " + this.endpoint + " answered "
                + call.operation().operationId() + " with JSON this client cannot read (" + ex.getOriginalMessage()
                + "): is it a lakeFS server?", status, call.operation().operationId(), requestId);
    }

    /** Maps a failure with no HTTP answer; returns other failures unchanged. */
    Throwable toTransportException(Throwable failure, LakeFSCall call) {
        if (failure instanceof LakeFSException) {
            return failure;
        }
        Throwable cause = rootIoCause(failure);
        if (cause == null) {
            return failure;
        }
        boolean requestSent = !isConnectFailure(cause);
        String message = describeTransportFailure(cause, requestSent, call);
        return new LakeFSTransportException(message, requestSent, call.operation().operationId(), failure);
    }

    private String describeTransportFailure(Throwable cause, boolean requestSent, LakeFSCall call) {
        String what = (cause instanceof SSLHandshakeException) ? "failed the TLS handshake (is the server's certificate trusted?)"
                : isTimeout(cause) ? "timed out waiting for an answer"
                : requestSent ? "lost its connection before a complete answer" : "could not connect";
        String detail = (cause.getMessage() != null) ? " (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + ")" : " (" + cause.getClass().getSimpleName() + ")";
        String fate = requestSent && !call.idempotent()
                ? "; the server may or may not have applied it, so it was not repeated" : "";
        return "lakeFS " + call.operation().operationId() + " to " + this.endpoint + " " + what + detail + fate;
    }

    private static @Nullable Throwable rootIoCause(Throwable failure) {
        for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
            if (candidate instanceof IOException || candidate instanceof TimeoutException
                    || candidate instanceof io.netty.handler.timeout.TimeoutException) {
                return candidate;
            }
            if (candidate.getCause() == candidate) {
                break;
            }
        }
        return null;
    }

    private static boolean isConnectFailure(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException || cause instanceof SSLHandshakeException
                || cause instanceof io.netty.channel.ConnectTimeoutException;
    }

    private static boolean isTimeout(Throwable cause) {
        return cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException;
    }

    static boolean isBranchLocked(LakeFSServerException ex) {
        return ex.getStatus() == 500 && ex.getServerMessage() != null
                && ex.getServerMessage().contains(BRANCH_LOCKED);
    }

    static boolean isHtml(@Nullable MediaType contentType) {
        return contentType != null && (MediaType.TEXT_HTML.isCompatibleWith(contentType)
                || MediaType.APPLICATION_XHTML_XML.isCompatibleWith(contentType));
    }

    static boolean isJson(@Nullable MediaType contentType) {
        return contentType != null && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || contentType.getSubtype().endsWith("+json"));
    }

    static @Nullable String requestId(HttpHeaders headers) {
        return headers.getFirst(REQUEST_ID_HEADER);
    }

    /** Reads {@code Retry-After}, in seconds or as an HTTP date. */
    static @Nullable Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            }
            catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private @Nullable String serverMessage(byte[] body, @Nullable MediaType contentType) {
        if (body.length == 0) {
            return null;
        }
        if (isJson(contentType) || contentType == null) {
            try {
                ErrorMessage error = this.json.read(body, this.json.type(ErrorMessage.class));
                if (error.message() != null) {
                    return error.message();
                }
                return null;
            }
            catch (JacksonException ex) {
                // not the Error model: fall back to the raw text below
            }
        }
        return new String(body, StandardCharsets.UTF_8).strip();
    }

    /** The title of an HTML error page ("503 Service Temporarily Unavailable"), or null when it has none. */
    static @Nullable String htmlTitle(byte[] body) {
        Matcher title = HTML_TITLE.matcher(new String(body, StandardCharsets.UTF_8));
        if (!title.find()) {
            return null;
        }
        String text = title.group(1).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    static byte[] toBytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        }
        finally {
            DataBufferUtils.release(buffer);
        }
    }

}
