package dev.lakefs.spring.boot.autoconfigure.observation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSClientCustomizer;
import dev.lakefs.spring.boot.autoconfigure.s3.LakeFSS3AutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.s3.LakeFSS3ClientCustomizer;
import dev.lakefs.spring.boot.autoconfigure.transaction.LakeFSTransactionAutoConfiguration;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.TransactionDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LakeFSObservationAutoConfiguration}: the meters an application sees after using lakeFS.
 */
@EmbeddedLakeFSTest
class LakeFSObservationAutoConfigurationTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;


    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, LakeFSAutoConfiguration.class,
                LakeFSObservationAutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey());

    @Test
    void recordsHttpClientRequestsWithUriTemplatesAndLakeFSTimersAndBytes() {
        this.runner.withUserConfiguration(MetricsConfiguration.class)
            .withConfiguration(AutoConfigurations.of(WebClientObservationAutoConfiguration.class))
            .run((context) -> {
            LakeFS lakeFS = context.getBean(LakeFS.class);
            Repository repository = lakeFS.repository("metrics-repo").create("mem://bucket/metrics-repo");
            Branch main = repository.branch("main");
            Branch feature = repository.branch("feature").create("main");
            byte[] data = "twelve bytes".getBytes(StandardCharsets.UTF_8);
            feature.object("data/file.txt").upload(data);
            feature.commit("add a file");
            feature.mergeInto(main);
            assertThat(main.object("data/file.txt").readAllBytes()).isEqualTo(data);

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            List<String> uris = meters.find("http.client.requests").timers().stream()
                .map((timer) -> timer.getId().getTag("uri"))
                .toList();
            assertThat(uris).contains("/api/v1/repositories/{repository}/branches/{branch}/commits")
                .noneMatch((uri) -> uri.contains("metrics-repo"));
            Timer commit = meters.find("lakefs.commit").tag("repository", "metrics-repo").timer();
            assertThat(commit).isNotNull();
            assertThat(commit.count()).isEqualTo(1);
            assertThat(commit.getId().getTag("outcome")).isNotNull();
            assertThat(meters.find("lakefs.merge").tag("repository", "metrics-repo").timer()).isNotNull();
            // Presigned transfers go to the storage, not to a repository: count every tag.
            assertThat(total(meters, LakeFSTransferMetrics.UPLOADED)).isEqualTo(data.length);
            assertThat(total(meters, LakeFSTransferMetrics.DOWNLOADED)).isEqualTo(data.length);
        });
    }

    @Test
    void transactionsAreTimedInTheSameRegistry() {
        this.runner.withUserConfiguration(MetricsConfiguration.class)
            .withConfiguration(AutoConfigurations.of(LakeFSTransactionAutoConfiguration.class))
            .run((context) -> {
                context.getBean(LakeFS.class).repository("tx-metrics").create("mem://bucket/tx-metrics");
                context.getBean(LakeFSTransactionManager.class)
                    .execute(TransactionDefinition.of("tx-metrics", "main"),
                            (transaction) -> transaction.object("data.txt").upload("in a transaction"));
                Timer transaction = context.getBean(MeterRegistry.class)
                    .find("lakefs.transaction")
                    .tag("repository", "tx-metrics")
                    .timer();
                assertThat(transaction).isNotNull();
                assertThat(transaction.count()).isEqualTo(1);
                assertThat(transaction.getId().getTag("outcome")).isEqualTo("committed");
            });
    }

    @Test
    void lakeFSS3ClientCallsAreTimedPerOperationAndOutcome() {
        this.runner.withUserConfiguration(MetricsConfiguration.class)
            .withConfiguration(AutoConfigurations.of(LakeFSS3AutoConfiguration.class))
            .run((context) -> {
                context.getBean(LakeFS.class).repository("s3-metrics").create("mem://bucket/s3-metrics");
                S3Client s3 = context.getBean("lakeFSS3Client", S3Client.class);
                s3.putObject((put) -> put.bucket("s3-metrics").key("main/a.txt"), RequestBody.fromString("a"));
                assertThatExceptionOfType(S3Exception.class)
                    .isThrownBy(() -> s3.headObject((head) -> head.bucket("s3-metrics").key("main/missing.txt")));

                MeterRegistry meters = context.getBean(MeterRegistry.class);
                Timer put = meters.find("lakefs.s3").tags("operation", "PutObject", "outcome", "SUCCESS").timer();
                Timer head = meters.find("lakefs.s3").tags("operation", "HeadObject", "outcome", "CLIENT_ERROR").timer();
                assertThat(put).isNotNull();
                assertThat(put.count()).isEqualTo(1);
                assertThat(put.getId().getTag("status")).isEqualTo("200");
                assertThat(head).isNotNull();
                assertThat(head.getId().getTag("status")).isEqualTo("404");
            });
    }

    private static double total(MeterRegistry meters, String name) {
        return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void noCustomizersWithoutRegistries() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(LakeFSClientCustomizer.class)
            .doesNotHaveBean(LakeFSS3ClientCustomizer.class)
            .doesNotHaveBean(LakeFSTransferMetrics.class));
    }

    @Test
    void noTransferMetricsWithoutMicrometerCore() {
        this.runner.withUserConfiguration(MetricsConfiguration.class)
            .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSTransferMetrics.class));
    }

    @Test
    void backsOffFromUserTransferMetrics() {
        this.runner.withUserConfiguration(MetricsConfiguration.class)
            .withBean("userTransferMetrics", LakeFSTransferMetrics.class,
                    () -> new LakeFSTransferMetrics(new SimpleMeterRegistry()))
            .run((context) -> assertThat(context).getBean(LakeFSTransferMetrics.class)
                .isSameAs(context.getBean("userTransferMetrics")));
    }

    @Configuration(proxyBeanMethods = false)
    static class MetricsConfiguration {

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObservationRegistry observationRegistry(MeterRegistry meterRegistry) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
            return registry;
        }

    }

}
