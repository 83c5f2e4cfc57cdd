package dev.lakefs.spring.boot.autoconfigure.s3;

import java.nio.file.Path;
import java.time.Duration;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.embedded.junit.EmbeddedLakeFSTest;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.transaction.LakeFSTransactionAutoConfiguration;
import dev.lakefs.spring.transaction.LakeFSTransactional;
import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Service;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of {@code docs/s3-gateway.md} that need Spring Boot, run against the embedded server's gateway, with
 * Spring Cloud AWS's S3 auto-configuration beside lakeFS's as in the page.
 */
@EmbeddedLakeFSTest
class S3GatewayDocumentationTests {

    @TempDir
    static Path home;

    static EmbeddedLakeFS server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class, CredentialsProviderAutoConfiguration.class,
                RegionProviderAutoConfiguration.class, S3AutoConfiguration.class, LakeFSAutoConfiguration.class,
                LakeFSS3AutoConfiguration.class, LakeFSTransactionAutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=" + server.url(),
                "lakefs.access-key-id=" + server.accessKeyId(),
                "lakefs.secret-access-key=" + server.secretAccessKey(), "spring.cloud.aws.region.static=eu-west-1");

    @Test
    void aServiceUsesBothClientsAndWritesToLakeFSInATransaction() {
        server.createRepository("example-repo", "main");
        this.runner.withUserConfiguration(ReportConfiguration.class).run((context) -> {
            ReportPublisher publisher = context.getBean(ReportPublisher.class);
            ReportPublisher target = AopTestUtils.getTargetObject(publisher);
            assertThat(target.aws.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(target.lakeFS).isSameAs(context.getBean("lakeFSS3Client"));
            assertThat(target.lakeFS.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
                .contains(Duration.ofMinutes(5));

            publisher.publish("id,total\n1,42\n");

            Branch main = context.getBean(LakeFS.class).repository("example-repo").branch("main");
            assertThat(main.object("reports/latest.csv").readString()).isEqualTo("id,total\n1,42\n");
            assertThat(main.object("reports/_SUCCESS").exists()).isTrue();
            assertThat(main.getCommit().parents()).as("the transaction's merge commit").hasSize(2);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @Import(ReportPublisher.class)
    static class ReportConfiguration {

        // docs/s3-gateway.md: customizing the lakeFS S3 client
        @Bean
        LakeFSS3ClientCustomizer lakeFSS3CallTimeout() {
            return (builder) -> builder.overrideConfiguration(
                    builder.overrideConfiguration().toBuilder().apiCallTimeout(Duration.ofMinutes(5)).build());
        }

    }

    // docs/s3-gateway.md: both clients in one service, and transactions
    @Service
    static class ReportPublisher {

        private final S3Client lakeFS;

        private final S3Client aws;

        ReportPublisher(@LakeFSGateway S3Client lakeFS, S3Client aws) {
            this.lakeFS = lakeFS;
            this.aws = aws;
        }

        @LakeFSTransactional(repository = "example-repo", branch = "main", commitMessage = "Publish the report")
        public void publish(String csv) {
            this.lakeFS.putObject((put) -> put.bucket("example-repo").key("main/reports/latest.csv"),
                    RequestBody.fromString(csv));
            this.lakeFS.putObject((put) -> put.bucket("example-repo").key("main/reports/_SUCCESS"),
                    RequestBody.empty());
        }

    }

}
