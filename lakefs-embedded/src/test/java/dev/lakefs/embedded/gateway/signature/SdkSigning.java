package dev.lakefs.embedded.gateway.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import com.sun.net.httpserver.Headers;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests signed by the AWS SDK for Java v2's own SigV4 signer, turned into the gateway's {@link SignedRequest}. */
final class SdkSigning {

    static final String ACCESS_KEY_ID = "AKIAJAVAEMBEDDED";

    static final String SECRET_ACCESS_KEY = "embedded/Secret+Key/0123456789abcdefghijk";

    /** The time every request is signed at, and the verifier's time unless a test moves it. */
    static final Instant NOW = Instant.parse("2026-12-01T22:00:00Z");

    private SdkSigning() {
    }

    /** A verifier for the test key pair whose clock reads {@code now}. */
    static SignatureVerifier verifierAt(Instant now) {
        return new SignatureVerifier(ACCESS_KEY_ID, SECRET_ACCESS_KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A verifier for the test key pair whose clock reads {@link #NOW}. */
    static SignatureVerifier verifier() {
        return verifierAt(NOW);
    }

    /** An unsigned request to sign, with Content-Length set when there is a body. */
    static SdkHttpRequest.Builder request(SdkHttpMethod method, String uri, byte[] body) {
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder().method(method).uri(URI.create(uri));
        if (body.length > 0) {
            builder.putHeader("Content-Length", Integer.toString(body.length));
        }
        return builder;
    }

    /**
     * Signs with the SDK's {@link AwsV4HttpSigner} (service s3, region eu-west-3, at {@link #NOW}, S3's settings: no
     * double URL encoding, no path normalisation), then adds what an HTTP client adds: the Host header.
     * @param request the request
     * @param body its body
     * @param secretAccessKey the secret to sign with
     * @param properties more signer properties (payload signing, chunked encoding, checksum, presigning)
     * @return the request as the gateway receives it
     */
    static SignedRequest sign(SdkHttpRequest request, byte[] body, String secretAccessKey,
            Consumer<SignRequest.Builder<AwsCredentialsIdentity>> properties) {
        software.amazon.awssdk.http.auth.spi.signer.SignedRequest signed = AwsV4HttpSigner.create()
            .sign((builder) -> {
                builder.identity(AwsCredentialsIdentity.create(ACCESS_KEY_ID, secretAccessKey))
                    .request(request)
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-3")
                    .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC));
                properties.accept(builder);
            });
        SdkHttpRequest sent = signed.request();
        Headers headers = new Headers();
        sent.forEachHeader((name, values) -> headers.put(name, List.copyOf(values)));
        if (!headers.containsKey("Host")) {
            headers.add("Host", sent.host() + ((sent.port() == 80 || sent.port() == 443) ? "" : ":" + sent.port()));
        }
        byte[] sentBody = signed.payload().map(SdkSigning::readAll).orElse(new byte[0]);
        URI uri = sent.getUri();
        return new SignedRequest(sent.method().name(), uri.getRawPath(), uri.getRawQuery(), headers,
                new ByteArrayInputStream(sentBody));
    }

    /** Signs with the test secret. */
    static SignedRequest sign(SdkHttpRequest request, byte[] body,
            Consumer<SignRequest.Builder<AwsCredentialsIdentity>> properties) {
        return sign(request, body, SECRET_ACCESS_KEY, properties);
    }

    /** The same request with another body (as sent, framing included). */
    static SignedRequest withBody(SignedRequest request, byte[] body) {
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers(),
                new ByteArrayInputStream(body));
    }

    /** The same request with one header replaced. */
    static SignedRequest withHeader(SignedRequest request, String name, String value) {
        Headers headers = new Headers();
        headers.putAll(request.headers());
        headers.set(name, value);
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }

    /** The body as sent, framing included. */
    static byte[] sentBody(SignedRequest request) {
        try {
            byte[] bytes = request.body().readAllBytes();
            request.body().reset();
            return bytes;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] readAll(ContentStreamProvider provider) {
        try (InputStream in = provider.newStream()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
