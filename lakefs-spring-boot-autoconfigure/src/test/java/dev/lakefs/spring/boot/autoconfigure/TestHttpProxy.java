package dev.lakefs.spring.boot.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

/**
 * A small HTTP proxy for tests: it tunnels {@code CONNECT host:port} requests (which is how Reactor Netty talks to an
 * HTTP proxy, for http and https targets alike), optionally demands Basic proxy credentials, and records the targets
 * it tunnelled to.
 */
public final class TestHttpProxy implements AutoCloseable {

    private final ServerSocket serverSocket;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final @Nullable String expectedAuthorization;

    private final List<String> tunnels = new CopyOnWriteArrayList<>();

    private final List<String> rejected = new CopyOnWriteArrayList<>();

    private TestHttpProxy(@Nullable String username, @Nullable String password) throws IOException {
        this.expectedAuthorization = (username != null) ? "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.executor.execute(this::acceptConnections);
    }

    /** Starts a proxy that accepts anyone. */
    public static TestHttpProxy start() throws IOException {
        return new TestHttpProxy(null, null);
    }

    /** Starts a proxy that demands these Basic credentials. */
    public static TestHttpProxy startWithCredentials(String username, String password) throws IOException {
        return new TestHttpProxy(username, password);
    }

    public String url() {
        return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
    }

    /** The {@code host:port} targets tunnelled to, in order. */
    public List<String> tunnels() {
        return List.copyOf(this.tunnels);
    }

    /** The {@code host:port} targets refused for missing or wrong credentials. */
    public List<String> rejected() {
        return List.copyOf(this.rejected);
    }

    private void acceptConnections() {
        while (!this.serverSocket.isClosed()) {
            try {
                Socket client = this.serverSocket.accept();
                this.executor.execute(() -> handle(client));
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            List<String> head = readHead(client.getInputStream());
            if (head.isEmpty() || !head.get(0).startsWith("CONNECT ")) {
                respond(client, "405 Method Not Allowed");
                return;
            }
            String target = head.get(0).split(" ")[1];
            if (this.expectedAuthorization != null
                    && !this.expectedAuthorization.equals(header(head, "proxy-authorization"))) {
                this.rejected.add(target);
                respond(client, "407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"");
                return;
            }
            int colon = target.lastIndexOf(':');
            try (Socket upstream = new Socket(target.substring(0, colon),
                    Integer.parseInt(target.substring(colon + 1)))) {
                this.tunnels.add(target);
                respond(client, "200 Connection established");
                this.executor.execute(() -> pipe(upstream, client));
                pipe(client, upstream);
            }
        }
        catch (IOException ex) {
            // The client or the target went away: the tunnel is over.
        }
    }

    private static void respond(Socket client, String statusAndHeaders) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 " + statusAndHeaders + "\r\nContent-Length: 0\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        }
        catch (IOException ex) {
            // One side closed the connection.
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] terminator = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < terminator.length) {
            int b = in.read();
            if (b == -1) {
                return List.of();
            }
            head.write(b);
            matched = (b == terminator[matched]) ? matched + 1 : ((b == terminator[0]) ? 1 : 0);
        }
        return List.of(head.toString(StandardCharsets.US_ASCII).split("\r\n"));
    }

    private static @Nullable String header(List<String> head, String name) {
        return head.stream()
            .skip(1)
            .filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
            .map((line) -> line.substring(name.length() + 1).trim())
            .findFirst()
            .orElse(null);
    }

    @Override
    public void close() throws IOException {
        this.serverSocket.close();
        this.executor.shutdownNow();
    }

}
