package dev.lakefs.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The transport's bounds: a deadline for request headers and a bounded pool of workers, probed over raw sockets. */
class TransportLimitsTests {

    private static final String HALF_REQUEST = "GET /api/v1/healthcheck HTTP/1.1\r\nHost: x\r\n";

    @Test
    @DisplayName("half-sent requests are cut at the header deadline and free their workers")
    void halfSentRequestsAreCut() throws Exception {
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder().maxWorkers(2).headerTimeout(Duration.ofMillis(300))
            .build()
            .start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    slow.add(halfRequest(server));
                }
                for (Socket socket : slow) {
                    assertThat(readsEndOfStream(socket)).isTrue();
                }
            }
            finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
            // a worker is given back just after its connection ends: the first request after may still be turned away
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> new LakeFSHttp(server).get("/healthcheck").status() == 204);
        }
    }

    @Test
    @DisplayName("when every worker is busy, a request is answered 503 with Retry-After instead of waiting")
    void busyWorkersAnswer503() throws Exception {
        try (EmbeddedLakeFS server = EmbeddedLakeFS.builder().maxWorkers(2).headerTimeout(Duration.ofSeconds(20))
            .build()
            .start()) {
            try (Socket first = halfRequest(server); Socket second = halfRequest(server)) {
                List<String> answer = new ArrayList<>(1);
                Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
                    String response = SecurityTests.raw(server, HALF_REQUEST + "Connection: close\r\n\r\n",
                            new byte[0]);
                    answer.clear();
                    answer.add(response);
                    return response.startsWith("HTTP/1.1 503");
                });
                assertThat(answer.get(0)).containsIgnoringCase("Retry-After: 1").contains("server busy");
            }
            // a worker is given back just after its connection ends: the first request after may still be turned away
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> new LakeFSHttp(server).get("/healthcheck").status() == 204);
        }
    }

    private static Socket halfRequest(EmbeddedLakeFS server) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        socket.getOutputStream().write(HALF_REQUEST.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Whether the server closes the connection (within 15 s, far above the deadline) without answering. */
    private static boolean readsEndOfStream(Socket socket) throws IOException {
        socket.setSoTimeout(15_000);
        InputStream in = socket.getInputStream();
        try {
            return in.read() == -1;
        }
        catch (SocketException reset) {
            return true;
        }
    }
}
