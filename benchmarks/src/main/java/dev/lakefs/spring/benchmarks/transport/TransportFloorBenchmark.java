package dev.lakefs.spring.benchmarks.transport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

import dev.lakefs.spring.benchmarks.ServerState;
import dev.lakefs.spring.benchmarks.contenders.BenchmarkTarget;
import dev.lakefs.spring.benchmarks.server.ServerProcess;

/**
 * One caller's get branch over each bare transport, read whole and not parsed: Reactor Netty blocked on per call
 * (what this project's clients are built on), OkHttp on the calling thread (what {@code io.lakefs:sdk} is built on)
 * and the JDK's {@code HttpClient}. It shows how close to the SDK a client on a given transport can come. Not part
 * of {@code benchmarks/run}'s report; run it with JMH's command line (see benchmarks/README.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class TransportFloorBenchmark extends ServerState {

    /** The transports compared. */
    public enum Transport {

        /** Reactor Netty's {@code HttpClient}, with the response timeout this project's clients set. */
        REACTOR_NETTY,

        /** OkHttp, the SDK's transport (on the classpath through {@code io.lakefs:sdk}). */
        OKHTTP,

        /** The JDK's {@code java.net.http.HttpClient}. */
        JDK_HTTP_CLIENT

    }

    @Param
    public Transport transport = Transport.REACTOR_NETTY;

    private @Nullable Callable<byte[]> getBranch;

    @Override
    protected void connect(BenchmarkTarget target) {
        String url = target.endpoint() + "/repositories/" + target.repository() + "/branches/" + target.branch();
        String authorization = ServerProcess.basicAuthorization(target.accessKeyId(), target.secretAccessKey());
        this.getBranch = switch (this.transport) {
            case REACTOR_NETTY -> reactorNetty(url, authorization);
            case OKHTTP -> okHttp(url, authorization);
            case JDK_HTTP_CLIENT -> jdkHttpClient(url, authorization);
        };
    }

    @Override
    protected void disconnect() {
        // the clients hold only pooled connections, which the server's exit closes
    }

    @Benchmark
    public byte[] getBranch() throws Exception {
        return this.getBranch.call();
    }

    private static Callable<byte[]> reactorNetty(String url, String authorization) {
        reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create()
            .responseTimeout(Duration.ofSeconds(60))
            .headers((headers) -> headers.add("Authorization", authorization));
        return () -> client.get().uri(url).responseSingle((response, body) -> body.asByteArray()).block();
    }

    private static Callable<byte[]> okHttp(String url, String authorization) {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder().url(url).header("Authorization", authorization).build();
        return () -> {
            try (Response response = client.newCall(request).execute()) {
                return response.body().bytes();
            }
        };
    }

    private static Callable<byte[]> jdkHttpClient(String url, String authorization) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build();
        return () -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

}
