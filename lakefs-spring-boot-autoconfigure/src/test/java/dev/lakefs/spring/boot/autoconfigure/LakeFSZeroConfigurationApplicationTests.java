package dev.lakefs.spring.boot.autoconfigure;

import java.net.URI;
import java.nio.file.Path;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with every auto-configuration (as with the starter), {@code lakefs-embedded} on the classpath and no
 * configuration at all: it gets a working {@link LakeFS} backed by the embedded server, and a healthy {@code lakefs}
 * health component.
 */
class LakeFSZeroConfigurationApplicationTests {

    @TempDir
    Path home;

    @Test
    void worksWithZeroConfiguration() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZeroConfigurationApplication.class)
            .web(WebApplicationType.NONE)
            // Spring Cloud AWS is on this module's test classpath (LakeFSS3WithSpringCloudAwsTests): an application
            // with it names a region, or its S3 client fails to start. Nothing lakeFS needs.
            .properties("user.home=" + this.home, "spring.cloud.aws.region.static=eu-west-1")
            .run()) {
            EmbeddedLakeFS server = context.getBean(EmbeddedLakeFS.class);
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            assertThat(context.getBean("lakeFSS3Client", S3Client.class).serviceClientConfiguration().endpointOverride())
                .contains(URI.create(server.url()));
            assertThat(context.getBean(S3Client.class).serviceClientConfiguration().region())
                .as("the application's S3 client, Spring Cloud AWS's")
                .isEqualTo(Region.EU_WEST_1);
            LakeFS lakeFS = context.getBean(LakeFS.class);
            Repository repository = lakeFS.repository("zero-config").create("mem://bucket/zero-config");
            repository.branch("main").object("hello.txt").upload("hello");
            assertThat(repository.branch("main").object("hello.txt").readString()).isEqualTo("hello");
            assertThat(context.getBean(HealthEndpoint.class).healthForPath("lakefs").getStatus()).isEqualTo(Status.UP);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class ZeroConfigurationApplication {

    }

}
