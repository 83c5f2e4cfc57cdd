package dev.lakefs.spring.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server that answers a script of canned responses, for answers the embedded lakeFS server never gives
 * (410, a locked branch, a gateway's HTML): the client still talks HTTP over a socket.
 */
final class ScriptedHttpServer implements AutoCloseable {

    private final HttpServer server;

    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();

    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    ScriptedHttpServer() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.createContext("/", this::answer);
        this.server.start();
    }

    ScriptedHttpServer then(int status, String contentType, String body, Map<String, String> headers) {
        this.script.add(new Answer(status, contentType, body, headers));
        return this;
    }

    ScriptedHttpServer thenJson(int status, String body) {
        return then(status, "application/json", body, Map.of("X-Request-Id", "req-" + status));
    }

    String endpoint() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/v1";
    }

    List<String> requests() {
        return List.copyOf(this.requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        this.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        exchange.getRequestBody().readAllBytes();
        Answer answer = this.script.poll();
        if (answer == null) {
            answer = new Answer(599, "text/plain", "script exhausted", Map.of());
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), (body.length == 0) ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

    private record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

}
