package dev.lakefs.embedded.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's HTTP(S) server on a {@link WorkerPool}: a bounded number of daemon workers (a slow streaming upload holds
 * its worker, so the bound is generous), a deadline for request headers, and 503 when every worker is busy.
 */
public final class HttpTransport {

    private static final int BACKLOG = 128;

    static {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to every small response. The JDK reads
        // this once, when its server configuration loads, so it must be set before the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;

    private final WorkerPool executor;

    private final boolean https;

    private HttpTransport(HttpServer server, WorkerPool executor, boolean https) {
        this.server = server;
        this.executor = executor;
        this.https = https;
    }

    /**
     * Binds and starts serving {@code handler} on every path.
     * @param maxWorkers the most requests served at once
     * @param headerTimeout the time a client has to send a request's line and headers
     */
    public static HttpTransport start(String host, int port, @Nullable SSLContext sslContext, HttpHandler handler,
            int maxWorkers, Duration headerTimeout) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        HttpServer server;
        try {
            if (sslContext != null) {
                HttpsServer httpsServer = HttpsServer.create(address, BACKLOG);
                httpsServer.setHttpsConfigurator(new HttpsConfigurator(sslContext));
                server = httpsServer;
            }
            else {
                server = HttpServer.create(address, BACKLOG);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port, ex);
        }
        WorkerPool executor = new WorkerPool(maxWorkers, headerTimeout);
        server.createContext("/", (exchange) -> {
            executor.headersRead();
            if (WorkerPool.isOverflow()) {
                ResponseWriter.write(exchange, ApiResponse.json(503, new ApiException.ErrorBody(
                        "server busy: all " + maxWorkers + " workers are serving requests")).header("Retry-After",
                                "1"), false);
                return;
            }
            handler.handle(exchange);
        });
        server.setExecutor(executor);
        server.start();
        return new HttpTransport(server, executor, sslContext != null);
    }

    public int port() {
        return this.server.getAddress().getPort();
    }

    public String scheme() {
        return this.https ? "https" : "http";
    }

    /** Stops at once: open exchanges are cut, as a killed server would. */
    public void stop() {
        this.server.stop(0);
        this.executor.shutdownNow();
    }
}
