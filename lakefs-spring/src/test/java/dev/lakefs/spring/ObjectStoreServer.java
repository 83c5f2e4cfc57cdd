package dev.lakefs.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32C;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server that answers presigned requests as one object store's documented contract says, for the stores
 * lakeFS presigns: Amazon S3 ({@code PutObject}/{@code GetObject}), Google Cloud Storage's XML API (what V4 signed
 * URLs reach) and Azure Blob Storage ({@code Put Blob}/{@code Get Blob} with a SAS). It keeps objects in memory under
 * the URL path and records the requests it receives. Signatures are not checked, but a request must carry one in
 * its query, and a presigned request that also carries an {@code Authorization} header is refused, as the stores do.
 */
final class ObjectStoreServer implements AutoCloseable {

    /** The store played, by lakeFS's blockstore type. */
    enum Kind {

        /** S3: PUT answers 200 with the MD5 in hex as ETag. */
        S3("s3"),

        /** GCS XML API: PUT answers 200 with the MD5 in hex as ETag and {@code x-goog-hash} (crc32c, md5). */
        GCS("gs"),

        /**
         * Azure Blob: Put Blob needs {@code x-ms-blob-type} (400 {@code MissingRequiredHeader} without it), answers
         * 201 with an opaque ETag ({@code 0x8D...}) and the MD5 in base64 as {@code Content-MD5}.
         */
        AZURE("azure");

        final String blockstoreType;

        Kind(String blockstoreType) {
            this.blockstoreType = blockstoreType;
        }
    }

    /**
     * A request received.
     *
     * @param method the method
     * @param path the URL path
     * @param query the raw query
     * @param headers the headers, names lower-cased
     * @param status the status answered
     */
    record Received(String method, String path, String query, Map<String, List<String>> headers, int status) {

        String header(String name) {
            List<String> values = this.headers.get(name);
            return (values == null || values.isEmpty()) ? null : values.get(0);
        }
    }

    private final Kind kind;

    private final HttpServer server;

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    private final List<Received> received = new ArrayList<>();

    /** When set, uploads are answered without ETag and Content-MD5, as a misbehaving proxy might. */
    private volatile boolean omitChecksums;

    ObjectStoreServer(Kind kind) throws IOException {
        this.kind = kind;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.setExecutor(this.executor);
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** The root URL, e.g. {@code http://127.0.0.1:1234}. */
    String url() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    Kind kind() {
        return this.kind;
    }

    void omitChecksums(boolean omit) {
        this.omitChecksums = omit;
    }

    /** The requests received so far, oldest first. */
    List<Received> received() {
        synchronized (this.received) {
            return List.copyOf(this.received);
        }
    }

    /** The bytes stored at a URL path, or null. */
    byte[] object(String path) {
        return this.objects.get(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
        }
    }

    /**
     * Records the request, then sends the answer's status: recorded before the client can have the answer, so a
     * test that has it sees the request in {@link #received()}.
     */
    private void respond(HttpExchange exchange, int status, long length) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        synchronized (this.received) {
            this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    String.valueOf(exchange.getRequestURI().getRawQuery()), headers, status));
        }
        exchange.sendResponseHeaders(status, length);
    }

    private int answer(HttpExchange exchange) throws IOException {
        Headers request = exchange.getRequestHeaders();
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !query.contains("Signature=")) {
            return error(exchange, 403, "AccessDenied");
        }
        if (request.containsKey("Authorization")) {
            // S3: "Only one auth mechanism allowed"; Azure and GCS refuse a second credential too
            return error(exchange, 400, "InvalidArgument");
        }
        String path = exchange.getRequestURI().getRawPath();
        return switch (exchange.getRequestMethod()) {
            case "PUT" -> put(exchange, path);
            case "GET", "HEAD" -> get(exchange, path);
            default -> error(exchange, 405, "MethodNotAllowed");
        };
    }

    private int put(HttpExchange exchange, String path) throws IOException {
        Headers request = exchange.getRequestHeaders();
        if (request.getFirst("Content-Length") == null) {
            // S3 MissingContentLength, Azure MissingContentLengthHeader, GCS 411: no chunked uploads
            return error(exchange, 411, "MissingContentLength");
        }
        if (this.kind == Kind.AZURE && !"BlockBlob".equals(request.getFirst("x-ms-blob-type"))) {
            return error(exchange, 400, "MissingRequiredHeader");
        }
        byte[] data;
        try (InputStream in = exchange.getRequestBody()) {
            data = in.readAllBytes();
        }
        if (data.length != Long.parseLong(request.getFirst("Content-Length"))) {
            return error(exchange, 400, "IncompleteBody");
        }
        this.objects.put(path, data);
        byte[] md5 = md5(data);
        Headers response = exchange.getResponseHeaders();
        int status = 200;
        switch (this.kind) {
            case S3 -> response.add("ETag", "\"" + HexFormat.of().formatHex(md5) + "\"");
            case GCS -> {
                response.add("ETag", "\"" + HexFormat.of().formatHex(md5) + "\"");
                response.add("x-goog-hash", "crc32c=" + crc32c(data) + ",md5=" + Base64.getEncoder().encodeToString(md5));
                response.add("x-goog-generation", "1700000000000000");
            }
            case AZURE -> {
                response.add("ETag", azureEtag(data));
                response.add("Content-MD5", Base64.getEncoder().encodeToString(md5));
                response.add("x-ms-request-server-encrypted", "true");
                status = 201;
            }
        }
        if (this.omitChecksums) {
            response.remove("ETag");
            response.remove("Content-MD5");
        }
        respond(exchange, status, -1);
        return status;
    }

    private int get(HttpExchange exchange, String path) throws IOException {
        byte[] data = this.objects.get(path);
        if (data == null) {
            return error(exchange, 404, (this.kind == Kind.AZURE) ? "BlobNotFound" : "NoSuchKey");
        }
        Headers request = exchange.getRequestHeaders();
        String range = (this.kind == Kind.AZURE && request.getFirst("x-ms-range") != null)
                ? request.getFirst("x-ms-range") : request.getFirst("Range");
        long start = 0;
        long end = data.length - 1L;
        boolean partial = false;
        if (range != null && range.startsWith("bytes=")) {
            String[] bounds = range.substring(6).split("-", -1);
            if (bounds[0].isEmpty()) {
                start = Math.max(0, data.length - Long.parseLong(bounds[1]));
            }
            else {
                start = Long.parseLong(bounds[0]);
                if (!bounds[1].isEmpty()) {
                    end = Math.min(end, Long.parseLong(bounds[1]));
                }
            }
            if (start >= data.length) {
                exchange.getResponseHeaders().add("Content-Range", "bytes */" + data.length);
                return error(exchange, 416, "InvalidRange");
            }
            partial = true;
        }
        byte[] md5 = md5(data);
        Headers response = exchange.getResponseHeaders();
        response.add("Accept-Ranges", "bytes");
        response.add("Content-Type", "application/octet-stream");
        if (this.kind == Kind.AZURE) {
            response.add("ETag", azureEtag(data));
            response.add("x-ms-blob-type", "BlockBlob");
            if (!partial) {
                response.add("Content-MD5", Base64.getEncoder().encodeToString(md5));
            }
        }
        else {
            response.add("ETag", "\"" + HexFormat.of().formatHex(md5) + "\"");
        }
        if (partial) {
            response.add("Content-Range", "bytes " + start + "-" + end + "/" + data.length);
        }
        int status = partial ? 206 : 200;
        long length = end - start + 1;
        boolean head = exchange.getRequestMethod().equals("HEAD");
        respond(exchange, status, head ? -1 : (length == 0) ? -1 : length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(data, (int) start, (int) length);
            }
        }
        return status;
    }

    private int error(HttpExchange exchange, int status, String code) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code></Error>")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (this.kind == Kind.AZURE) {
            exchange.getResponseHeaders().add("x-ms-error-code", code);
        }
        respond(exchange, status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return status;
    }

    /** Azure's ETags are opaque versions ({@code "0x8D..."}), never the MD5. */
    private static String azureEtag(byte[] data) {
        return "\"0x8DC" + Integer.toHexString(Arrays.hashCode(data)).toUpperCase(Locale.ROOT) + "\"";
    }

    static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String crc32c(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        long value = crc.getValue();
        byte[] bytes = { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        this.server.stop(0);
        this.executor.shutdownNow();
    }
}
