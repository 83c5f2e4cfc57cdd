package dev.lakefs.spring.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real reverse proxy in front of a server, as a load balancer in front of a restarting lakeFS: while its upstream
 * is "down" it answers the load balancer's HTML error page itself, then it forwards requests as they are.
 */
final class LoadBalancer implements AutoCloseable {

    /** Headers the JDK client sets itself or refuses, and hop-by-hop headers a proxy does not forward. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "transfer-encoding", "keep-alive", "date");

    private final HttpServer server;

    private final HttpClient upstreamClient = HttpClient.newHttpClient();

    private final String upstream;

    private final AtomicInteger pagesLeft = new AtomicInteger();

    private volatile int pageStatus;

    LoadBalancer(String upstreamUrl) throws IOException {
        this.upstream = upstreamUrl;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** Answers the next {@code count} requests with {@code status} and an HTML page, without forwarding them. */
    void upstreamDown(int status, int count) {
        this.pageStatus = status;
        this.pagesLeft.set(count);
    }

    String endpoint() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v1";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            if (this.pagesLeft.getAndDecrement() > 0) {
                byte[] page = ("<html>\r\n<head><title>" + this.pageStatus + " Service Temporarily Unavailable"
                        + "</title></head>\r\n<body>\r\n<center><h1>" + this.pageStatus
                        + " Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
                        + "</body>\r\n</html>\r\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(this.pageStatus, page.length);
                exchange.getResponseBody().write(page);
                return;
            }
            forward(exchange, requestBody);
        }
    }

    private void forward(HttpExchange exchange, byte[] requestBody) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.upstream + exchange.getRequestURI()))
            .method(exchange.getRequestMethod(), (requestBody.length == 0) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(requestBody));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach((value) -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = this.upstreamClient.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException(ex);
        }
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = response.body();
        boolean noBody = body.length == 0 || response.statusCode() == 204 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

}
