package dev.lakefs.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile client can and cannot get from the server (docs/embedded-server.md, "Security"). */
class SecurityTests extends EmbeddedServerTestSupport {

    @Test
    @DisplayName("recorded requests keep the Authorization scheme but never the credentials, cookies or tokens")
    void recordedRequestsRedactCredentials() {
        String basic = Base64.getEncoder()
            .encodeToString((lakeFS.accessKeyId() + ":" + lakeFS.secretAccessKey()).getBytes(StandardCharsets.UTF_8));
        this.http.call("GET", "/user").header("Cookie", "internal_auth_session=cookie-secret")
            .header("X-Amz-Security-Token", "session-token-secret")
            .send();
        String token = this.http.post("/auth/login", "{\"access_key_id\":\"" + lakeFS.accessKeyId()
                + "\",\"secret_access_key\":\"" + lakeFS.secretAccessKey() + "\"}").json().path("token").asString();
        assertThat(token).isNotEmpty();
        this.http.call("GET", "/user").bearer(token).send();
        List<RecordedRequest> all = lakeFS.recordedRequests();
        List<RecordedRequest> recorded = all.subList(all.size() - 3, all.size());
        String printed = recorded.toString();
        assertThat(printed).doesNotContain(basic, lakeFS.secretAccessKey(), token, "cookie-secret",
                "session-token-secret");
        assertThat(recorded.get(0).headers().get("authorization")).singleElement().asString().startsWith("Basic ");
        assertThat(recorded.get(0).headers()).containsKeys("cookie", "x-amz-security-token");
        assertThat(recorded.get(recorded.size() - 1).headers().get("authorization")).singleElement().asString()
            .startsWith("Bearer ");
    }

    @Test
    @DisplayName("recorded S3 requests keep the signature's credential scope but not the signature itself")
    void recordedAwsSignaturesRedacted() {
        String v4 = "AWS4-HMAC-SHA256 Credential=" + lakeFS.accessKeyId() + "/20260101/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef";
        this.http.call("GET", "/repositories").header("Authorization", v4).send();
        this.http.call("GET", "/repositories").header("Authorization", "AWS " + lakeFS.accessKeyId() + ":c2lnbmF0dXJl")
            .send();
        this.http.call("GET", "/repositories?X-Amz-Credential=" + lakeFS.accessKeyId()
                + "%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=fedcba9876543210"
                + "&X-Amz-Date=20260101T000000Z")
            .send();
        List<RecordedRequest> all = lakeFS.recordedRequests();
        List<RecordedRequest> recorded = all.subList(all.size() - 3, all.size());
        assertThat(recorded.toString()).doesNotContain("0123456789abcdef0123456789abcdef", "c2lnbmF0dXJl",
                "fedcba9876543210");
        assertThat(recorded.get(0).headers().get("authorization")).singleElement().asString()
            .startsWith("AWS4-HMAC-SHA256 Credential=" + lakeFS.accessKeyId() + "/20260101/us-east-1/s3/aws4_request")
            .endsWith("Signature=[REDACTED]");
        assertThat(recorded.get(1).headers().get("authorization"))
            .containsExactly("AWS " + lakeFS.accessKeyId() + ":[REDACTED]");
        assertThat(recorded.get(2).query()).contains("X-Amz-Signature=[REDACTED]", "X-Amz-Credential=");
    }

    @Test
    @DisplayName("a presigned URL's signature is not recorded with the request that used it")
    void recordedPresignedQueryRedacted() throws Exception {
        this.http.upload(this.repository, "main", "p.txt", "presigned");
        String location = this.http.get(objectPath("main", "p.txt") + "&presign=true").header("Location");
        String signature = location.substring(location.indexOf("signature=") + "signature=".length());
        assertThat(signature).isNotEmpty();
        String raw = rawGet(location.substring(lakeFS.url().length()), lakeFS.url().substring("http://".length()),
                null);
        assertThat(raw).startsWith("HTTP/1.1 200");
        RecordedRequest storage = lakeFS.recordedRequests().get(lakeFS.recordedRequests().size() - 1);
        assertThat(storage.query()).contains("signature=").doesNotContain(signature);
    }

    @Test
    @DisplayName("a forged Host header does not move the 302 Location of a presigned read: it stays on the server")
    void redirectIgnoresHostHeader() throws Exception {
        this.http.upload(this.repository, "main", "r.txt", "read me");
        String response = rawGet("/api/v1" + objectPath("main", "r.txt") + "&presign=true", "evil.example:666",
                basic());
        assertThat(response).startsWith("HTTP/1.1 302");
        assertThat(response).doesNotContain("evil.example").contains("\nLocation: " + lakeFS.url() + "/");
    }

    @Test
    @DisplayName("with a public URL, presigned URLs point to it")
    void publicUrl() {
        try (EmbeddedLakeFS behindProxy = EmbeddedLakeFS.builder().publicUrl("https://lakefs.example.com:8443/")
            .build()
            .start()) {
            behindProxy.createRepository("proxied", "main");
            LakeFSHttp client = new LakeFSHttp(behindProxy);
            client.upload("proxied", "main", "f", "x");
            String location = client.get("/repositories/proxied/refs/main/objects?path=f&presign=true")
                .header("Location");
            assertThat(location).startsWith("https://lakefs.example.com:8443/_lakefs_embedded/storage?");
            assertThat(behindProxy.publicUrl()).isEqualTo("https://lakefs.example.com:8443");
        }
    }

    @Test
    @DisplayName("a JSON body declared over 4 MiB is refused with 413 before it is read")
    void jsonBodyDeclaredTooLarge() throws Exception {
        String response = raw("POST /api/v1" + repo("/branches/main/commits") + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: " + basic() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 300000000\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("request body too large: a JSON body may have at most 4194304 bytes");
    }

    @Test
    @DisplayName("a chunked JSON body that grows past 4 MiB is cut off with 413 and nothing is committed")
    void jsonBodyStreamedTooLarge() throws Exception {
        this.http.upload(this.repository, "main", "f", "x");
        byte[] json = ("{\"message\":\"" + "m".repeat(4 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] chunk = (Integer.toHexString(json.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[chunk.length + json.length + 7];
        System.arraycopy(chunk, 0, body, 0, chunk.length);
        System.arraycopy(json, 0, body, chunk.length, json.length);
        System.arraycopy("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0, body, chunk.length + json.length, 7);
        String response = raw("POST /api/v1" + repo("/branches/main/commits") + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: " + basic() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", body);
        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(this.http.get(repo("/branches/main/diff")).json().path("results")).hasSize(1);
    }

    @Test
    @DisplayName("linkPhysicalAddress of local:// addresses: 403 by default, linked and read under an allowed prefix")
    void linkLocalAddresses(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("data.csv"), "abc");
        String allowed = directory.toAbsolutePath().toString().replace('\\', '/') + "/";
        LakeFSHttp.Response refused = link(this.http, this.repository, "local:///etc/hostname");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.message()).contains("forbidden: local:///etc/hostname", "--allowed-local-prefix");
        assertThat(link(this.http, this.repository, "local://" + allowed + "data.csv").status()).isEqualTo(403);
        EmbeddedLakeFS.Builder builder = EmbeddedLakeFS.builder();
        EmbeddedLakeFSMain.configure(builder, new String[] { "--port", "0", "--allowed-local-prefix", allowed },
                System.out);
        try (EmbeddedLakeFS server = builder.build().start()) {
            server.createRepository("linked", "main");
            LakeFSHttp client = new LakeFSHttp(server);
            assertThat(link(client, "linked", "local://" + allowed + "data.csv").status()).isEqualTo(200);
            assertThat(client.read("linked", "main", "linked")).isEqualTo("abc");
            assertThat(link(client, "linked", "local:///etc/hostname").status()).isEqualTo(403);
            assertThat(link(client, "linked", "local://" + allowed + "../etc").status()).isEqualTo(400);
        }
    }

    private static LakeFSHttp.Response link(LakeFSHttp http, String repository, String address) {
        return http.put("/repositories/" + repository + "/branches/main/staging/backing?path=linked",
                "{\"staging\":{\"physical_address\":\"" + address + "\"},\"checksum\":\"abc\",\"size_bytes\":3}");
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder()
            .encodeToString((lakeFS.accessKeyId() + ":" + lakeFS.secretAccessKey()).getBytes(StandardCharsets.UTF_8));
    }

    /** A request over a raw socket; returns what the server answered, line ends as {@code \n}. */
    static String raw(String head, byte[] body) throws IOException {
        return raw(lakeFS, head, body);
    }

    /** A request over a raw socket to a server; returns what it answered, line ends as {@code \n}. */
    static String raw(EmbeddedLakeFS server, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            }
            catch (IOException ex) {
                // the server may answer and close before it has read the whole body: its answer is still there
            }
            return response(socket.getInputStream());
        }
    }

    /**
     * One response: its head and, by its Content-Length, its body (not up to the end of the stream: a server that
     * answers before reading the whole request may keep the connection open to drain it).
     */
    private static String response(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)\r\nContent-Length: *(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return (head + new String(body, StandardCharsets.UTF_8)).replace("\r\n", "\n");
    }

    /** A GET over a raw socket, to send a Host header the JDK's client would not; returns the head and body. */
    static String rawGet(String pathAndQuery, String host, String authorization) throws IOException {
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                + ((authorization != null) ? "Authorization: " + authorization + "\r\n" : "") + "\r\n";
        return raw(request, new byte[0]);
    }
}
