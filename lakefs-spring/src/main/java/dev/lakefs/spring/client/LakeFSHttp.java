package dev.lakefs.spring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends {@link LakeFSCall}s with a {@link WebClient} and reads their answers: JSON, no content, text, pages and
 * streamed objects, with errors mapped by {@link ResponseErrors} and transient failures retried by
 * {@link TransientFailureRetry}.
 */
final class LakeFSHttp {

    /** JSON answers are read whole; a listing page of 1000 objects with metadata stays far below this. */
    private static final int MAX_JSON_ANSWER = 64 * 1024 * 1024;

    /**
     * The request attribute from which {@code WebClient} reads the URI template it observes (the {@code uri} key
     * of {@code http.client.requests}); it sets it itself only when given a template, and the URIs here are built
     * from precompiled ones.
     */
    private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

    private final String apiBase;

    private final Map<Operation, String> observedTemplates = new EnumMap<>(Operation.class);

    private final WebClient api;

    private final WebClient storage;

    private final LakeFSJson json;

    private final ResponseErrors errors;

    private final RetrySettings retry;

    private final TransferListener transferListener;

    LakeFSHttp(URI endpoint, WebClient api, WebClient storage, LakeFSJson json, ResponseErrors errors,
            RetrySettings retry, TransferListener transferListener) {
        this.apiBase = endpoint.toString();
        for (Operation operation : Operation.values()) {
            this.observedTemplates.put(operation, this.apiBase + operation.path().template());
        }
        this.api = api;
        this.storage = storage;
        this.json = json;
        this.errors = errors;
        this.retry = retry;
        this.transferListener = transferListener;
    }

    JavaType mapType() {
        return this.json.mapOf(String.class, String.class);
    }

    <T> Mono<T> retrieve(LakeFSCall call, Class<T> type) {
        return retrieve(call, this.json.type(type));
    }

    <T> Mono<T> retrieve(LakeFSCall call, JavaType type) {
        return exchange(call, (response) -> readJson(response, call, type));
    }

    Mono<Void> execute(LakeFSCall call) {
        return exchange(call, (response) -> {
            MediaType contentType = response.headers().contentType().orElse(null);
            if (ResponseErrors.isHtml(contentType)) {
                return response.releaseBody().then(Mono.error(() -> this.errors.notTheApi(call,
                        response.statusCode().value(), contentType, requestId(response))));
            }
            return response.releaseBody();
        });
    }

    /** Reads a short plain-text answer, such as the commit id {@code createBranch} answers. */
    Mono<String> retrieveText(LakeFSCall call) {
        return exchange(call, (response) -> DataBufferUtils.join(response.bodyToFlux(DataBuffer.class), 4096)
            .map(ResponseErrors::toBytes)
            .map((bytes) -> new String(bytes, StandardCharsets.UTF_8).strip())
            .defaultIfEmpty("")
            .flatMap((text) -> (text.isEmpty() || text.startsWith("<"))
                    ? Mono.error(this.errors.notTheApi(call, response.statusCode().value(),
                            response.headers().contentType().orElse(null), requestId(response)))
                    : Mono.just(text)));
    }

    /**
     * Follows a listing lazily (see {@link LazyPages}), no further than {@code max} entries.
     */
    <T> Flux<T> paginate(Class<T> element, ListOptions options, BiFunction<@Nullable String, Integer, LakeFSCall> page) {
        int amount = (int) Math.min(options.pageSize(), options.max());
        JavaType pageType = this.json.pageOf(element);
        Function<@Nullable String, Mono<Page<T>>> fetch = (after) -> retrieve(page.apply(after, amount), pageType);
        return LazyPages.of(options.after(), options.max(), fetch);
    }

    /** Sends a request whose answer is an object's bytes; the body streams to the subscriber of the content. */
    Mono<ObjectContent> download(LakeFSCall call) {
        return send(call, () -> retrieve(this.api, call, null).toEntityFlux(DataBuffer.class))
            .flatMap((entity) -> followRedirect(entity, call));
    }

    /**
     * A presigned read answers with a redirect to the object store, followed here with the credential-free client
     * (lakeFS credentials must never reach the store).
     */
    private Mono<ObjectContent> followRedirect(ResponseEntity<Flux<DataBuffer>> entity, LakeFSCall call) {
        URI location = entity.getHeaders().getLocation();
        if (!entity.getStatusCode().is3xxRedirection() || entity.getStatusCode().value() == 304 || location == null) {
            return Mono.just(toContent(entity, call));
        }
        LakeFSCall presigned = new LakeFSCall(Operation.PRESIGNED_GET);
        String range = call.header(HttpHeaders.RANGE);
        if (range != null) {
            presigned.header(HttpHeaders.RANGE, range);
        }
        Flux<DataBuffer> body = (entity.getBody() != null) ? entity.getBody() : Flux.empty();
        return body.doOnNext(DataBufferUtils::release)
            .then(Mono.defer(() -> downloadPresigned(location, presigned)));
    }

    /** Reads only the headers of an object ({@code HEAD}). */
    Mono<ObjectHeaders> head(LakeFSCall call) {
        return send(call, () -> retrieve(this.api, call, null).toBodilessEntity())
            .map((entity) -> ObjectHeadersReader.read(entity.getStatusCode().value(), entity.getHeaders()));
    }

    /** Reads a presigned object-store URL, without the lakeFS credentials. */
    Mono<ObjectContent> downloadPresigned(URI url, LakeFSCall call) {
        return send(call, () -> retrieve(this.storage, call, url).toEntityFlux(DataBuffer.class))
            .map((entity) -> toContent(entity, call));
    }

    /** Writes to a presigned object-store URL, without the lakeFS credentials; answers the checksum to link. */
    Mono<String> uploadPresigned(URI url, LakeFSCall call) {
        return send(call, () -> retrieve(this.storage, call, url).toBodilessEntity())
            .flatMap((entity) -> Mono.justOrEmpty(PresignedChecksum.of(entity.getHeaders())));
    }

    private <T> Mono<T> exchange(LakeFSCall call, Function<ClientResponse, Mono<T>> onSuccess) {
        return send(call, () -> request(this.api, call, null).exchangeToMono((response) -> {
            if (response.statusCode().isError()) {
                return this.errors.toException(response, call).flatMap(Mono::error);
            }
            return onSuccess.apply(response);
        }));
    }

    /** Sends a call anew on each attempt, mapping I/O failures and retrying what may be retried. */
    private <T> Mono<T> send(LakeFSCall call, Supplier<Mono<T>> attempt) {
        return new TransientFailureRetry(this.retry, call.idempotent(), call.repeatableBody())
            .retrying(Mono.defer(attempt), (failure) -> this.errors.toTransportException(failure, call));
    }

    /** A call whose body is consumed by its caller, with error answers mapped to exceptions. */
    private WebClient.ResponseSpec retrieve(WebClient client, LakeFSCall call, @Nullable URI absolute) {
        return request(client, call, absolute).retrieve()
            .onStatus(HttpStatusCode::isError, (response) -> this.errors.toException(response, call));
    }

    private WebClient.RequestHeadersSpec<?> request(WebClient client, LakeFSCall call, @Nullable URI absolute) {
        WebClient.RequestBodyUriSpec method = client.method(call.operation().method());
        WebClient.RequestBodySpec spec = (absolute != null) ? method.uri(absolute)
                : method.uri(call.toUri(this.apiBase))
                    .attribute(URI_TEMPLATE_ATTRIBUTE, this.observedTemplates.get(call.operation()));
        String accept = call.accept();
        if (accept != null) {
            spec.header(HttpHeaders.ACCEPT, accept);
        }
        HttpHeaders headers = call.headers();
        if (headers != null) {
            spec.headers((request) -> request.addAll(headers));
        }
        Object jsonBody = call.jsonBody();
        if (jsonBody != null) {
            return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(this.json.write(jsonBody));
        }
        ObjectUpload upload = call.uploadBody();
        if (upload != null) {
            spec.contentType((upload.contentType() != null) ? MediaType.parseMediaType(upload.contentType())
                    : MediaType.APPLICATION_OCTET_STREAM);
            if (upload.contentLength() >= 0) {
                spec.contentLength(upload.contentLength());
            }
            String repository = call.repository();
            String operationId = call.operation().operationId();
            Flux<DataBuffer> counted = Flux.from(upload.content())
                .doOnNext((buffer) -> this.transferListener.bytesSent(repository, operationId,
                        buffer.readableByteCount()));
            return spec.body(BodyInserters.fromDataBuffers(counted));
        }
        return spec;
    }

    private ObjectContent toContent(ResponseEntity<Flux<DataBuffer>> entity, LakeFSCall call) {
        ObjectHeaders headers = ObjectHeadersReader.read(entity.getStatusCode().value(), entity.getHeaders());
        Flux<DataBuffer> body = (entity.getBody() != null) ? entity.getBody() : Flux.empty();
        String repository = call.repository();
        String operationId = call.operation().operationId();
        return new ObjectContent(headers, body
            .doOnNext((buffer) -> this.transferListener.bytesReceived(repository, operationId,
                    buffer.readableByteCount()))
            .onErrorMap((failure) -> this.errors.toTransportException(failure, call)));
    }

    private <T> Mono<T> readJson(ClientResponse response, LakeFSCall call, JavaType type) {
        MediaType contentType = response.headers().contentType().orElse(null);
        int status = response.statusCode().value();
        if (!ResponseErrors.isJson(contentType)) {
            return response.releaseBody()
                .then(Mono.error(() -> this.errors.notTheApi(call, status, contentType, requestId(response))));
        }
        return DataBufferUtils.join(response.bodyToFlux(DataBuffer.class), MAX_JSON_ANSWER)
            .switchIfEmpty(Mono.error(() -> this.errors.notTheApi(call, status, contentType, requestId(response))))
            .map((buffer) -> {
                // parsed straight from the (joined) network buffer, released when the stream closes
                try (InputStream json = buffer.asInputStream(true)) {
                    return this.json.<T>read(json, type);
                }
                catch (JacksonException ex) {
                    throw this.errors.unreadable(call, status, ex, requestId(response));
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
    }

    private static @Nullable String requestId(ClientResponse response) {
        return ResponseErrors.requestId(response.headers().asHttpHeaders());
    }

}
