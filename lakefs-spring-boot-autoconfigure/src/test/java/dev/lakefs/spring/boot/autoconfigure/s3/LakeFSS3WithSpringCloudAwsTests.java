package dev.lakefs.spring.boot.autoconfigure.s3;

import java.net.URI;
import java.nio.file.Path;

import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import io.awspring.cloud.s3.S3Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lakeFS S3 client beside Spring Cloud AWS's S3 auto-configuration: each keeps its own client, and everything
 * that asks for "the" {@link S3Client} (Spring Cloud AWS's {@link S3Template}, plain injection points) gets AWS's.
 * Spring Cloud AWS's auto-configurations are listed here rather than discovered, so that it stays out of this
 * module's {@code @SpringBootTest}s.
 */
class LakeFSS3WithSpringCloudAwsTests {

    @TempDir
    static Path home;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class, CredentialsProviderAutoConfiguration.class,
                RegionProviderAutoConfiguration.class, S3AutoConfiguration.class, LakeFSAutoConfiguration.class,
                LakeFSS3AutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=http://lakefs.example.com:8000",
                "lakefs.access-key-id=AKIAIOSFOLQUICKSTART",
                "lakefs.secret-access-key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "spring.cloud.aws.region.static=eu-west-1", "spring.cloud.aws.credentials.access-key=aws-key",
                "spring.cloud.aws.credentials.secret-key=aws-secret");

    @Test
    void bothClientsExistAndAwsStaysTheDefault() {
        this.runner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBeans(S3Client.class).containsKeys("s3Client", "lakeFSS3Client").hasSize(2);
            S3Client aws = context.getBean(S3Client.class);
            S3Client lakeFS = context.getBean("lakeFSS3Client", S3Client.class);
            assertThat(aws).isSameAs(context.getBean("s3Client"));
            assertThat(aws.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(aws.serviceClientConfiguration().endpointOverride()).isEmpty();
            assertThat(lakeFS.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
            assertThat(lakeFS.serviceClientConfiguration().endpointOverride())
                .contains(URI.create("http://lakefs.example.com:8000"));
            assertThat(context.getBean(S3Presigner.class)).isNotSameAs(context.getBean("lakeFSS3Presigner"));
            assertThat(context).hasSingleBean(S3Template.class);
        });
    }

    @Test
    void turningLakeFSOffLeavesSpringCloudAwsAlone() {
        this.runner.withPropertyValues("lakefs.s3.enabled=false").run((context) -> {
            assertThat(context).hasSingleBean(S3Client.class).doesNotHaveBean("lakeFSS3Client");
            assertThat(context.getBean(S3Client.class).serviceClientConfiguration().region())
                .isEqualTo(Region.EU_WEST_1);
        });
    }

}
