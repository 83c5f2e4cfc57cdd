package dev.lakefs.embedded.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's HTTP(S) server with a pool of daemon threads. A cached pool: a slow streaming upload holds its thread,
 * and a fixed pool would let a few of them starve every other request.
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

    private final ExecutorService executor;

    private final boolean https;

    private HttpTransport(HttpServer server, ExecutorService executor, boolean https) {
        this.server = server;
        this.executor = executor;
        this.https = https;
    }

    /** Binds and starts serving {@code handler} on every path. */
    public static HttpTransport start(String host, int port, @Nullable SSLContext sslContext, HttpHandler handler) {
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
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        server.createContext("/", handler);
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

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return (runnable) -> {
            Thread thread = new Thread(runnable, "lakefs-embedded-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
