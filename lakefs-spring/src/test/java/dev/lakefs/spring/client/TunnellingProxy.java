package dev.lakefs.spring.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal HTTP proxy that answers {@code CONNECT} by tunnelling bytes to the target, and remembers the request
 * heads it saw (to check authentication), for proxy tests over real sockets.
 */
final class TunnellingProxy implements AutoCloseable {

    private final ServerSocket socket;

    private final List<String> connects = Collections.synchronizedList(new ArrayList<>());

    private final Thread acceptor;

    TunnellingProxy() throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "tunnelling-proxy");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    int port() {
        return this.socket.getLocalPort();
    }

    /** The head (request line and headers) of every CONNECT received. */
    List<String> connects() {
        return List.copyOf(this.connects);
    }

    private void acceptAll() {
        while (!this.socket.isClosed()) {
            try {
                Socket client = this.socket.accept();
                Thread handler = new Thread(() -> tunnel(client), "tunnelling-proxy-connection");
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void tunnel(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            this.connects.add(head);
            String[] requestLine = head.lines().findFirst().orElse("").split(" ");
            if (requestLine.length < 2 || !requestLine[0].equals("CONNECT")) {
                client.getOutputStream().write("HTTP/1.1 405 Method Not Allowed\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String[] target = requestLine[1].split(":");
            try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                Thread up = new Thread(() -> pipe(in, upstream), "tunnelling-proxy-up");
                up.setDaemon(true);
                up.start();
                pipe(upstream.getInputStream(), client);
            }
        }
        catch (IOException ex) {
            // a tunnel ends when either side closes
        }
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            from.transferTo(out);
            to.shutdownOutput();
        }
        catch (IOException ex) {
            // the other direction closes the sockets
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int next = in.read();
            if (next == -1) {
                break;
            }
            head.write(next);
            matched = (next == end[matched]) ? matched + 1 : (next == end[0]) ? 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        this.socket.close();
    }

}
