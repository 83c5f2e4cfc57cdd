package dev.lakefs.spring.boot.autoconfigure.s3;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

import dev.lakefs.spring.boot.autoconfigure.InvalidLakeFSConfigurationException;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.s3.LakeFSS3TransactionInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LakeFSS3AutoConfiguration}: which beans exist under which conditions, and what they are set up
 * with. Presigning needs no server, so URLs show the endpoint, path style, region and key the client signs with.
 */
class LakeFSS3AutoConfigurationTests {

    @TempDir
    static Path home;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, LakeFSS3AutoConfiguration.class))
        .withPropertyValues("user.home=" + home, "lakefs.endpoint=https://lakefs.example.com:8443/api/v1",
                "lakefs.access-key-id=AKIAIOSFOLQUICKSTART",
                "lakefs.secret-access-key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    @Test
    void clientTalksToTheServerRootPathStyleInUsEast1WithTheLakeFSKeys() {
        this.runner.run((context) -> {
            S3Client client = context.getBean("lakeFSS3Client", S3Client.class);
            assertThat(client.serviceClientConfiguration().endpointOverride())
                .contains(URI.create("https://lakefs.example.com:8443"));
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
            assertThat(client.serviceClientConfiguration().overrideConfiguration().executionInterceptors())
                .hasAtLeastOneElementOfType(LakeFSS3TransactionInterceptor.class);
            assertThat(presignedGet(context.getBean("lakeFSS3Presigner", S3Presigner.class))).satisfies((url) -> {
                assertThat(url.getHost()).isEqualTo("lakefs.example.com");
                assertThat(url.getPath()).isEqualTo("/example-repo/main/data/file.csv");
                assertThat(url.getQuery()).contains("X-Amz-Credential=AKIAIOSFOLQUICKSTART%2F")
                    .contains("%2Fus-east-1%2Fs3%2Faws4_request");
            });
        });
    }

    @Test
    void s3EndpointAndRegionPropertiesOverrideTheDefaults() {
        this.runner.withPropertyValues("lakefs.s3.endpoint=s3.lakefs.internal:9000", "lakefs.s3.region=eu-west-3")
            .run((context) -> {
                S3Client client = context.getBean("lakeFSS3Client", S3Client.class);
                assertThat(client.serviceClientConfiguration().endpointOverride())
                    .contains(URI.create("http://s3.lakefs.internal:9000"));
                assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_3);
                URL url = presignedGet(context.getBean("lakeFSS3Presigner", S3Presigner.class));
                assertThat(url.toString()).startsWith("http://s3.lakefs.internal:9000/example-repo/main/data/file.csv?")
                    .contains("%2Feu-west-3%2Fs3%2Faws4_request");
            });
    }

    @Test
    void anInvalidS3EndpointFailsStartupNamingTheProperty() {
        this.runner.withPropertyValues("lakefs.s3.endpoint=ftp://lakefs.example.com").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(InvalidLakeFSConfigurationException.class)
                .hasMessageContaining("ftp://lakefs.example.com")
                .satisfies((ex) -> assertThat(((InvalidLakeFSConfigurationException) ex).getSetting())
                    .isEqualTo("lakefs.s3.endpoint"));
        });
    }

    @Test
    void aProxyWithoutTheApache5HttpClientFailsStartupRatherThanBeingIgnored() {
        this.runner.withClassLoader(new FilteredClassLoader("software.amazon.awssdk.http.apache5"))
            .withPropertyValues("lakefs.proxy.url=http://proxy.example.com:3128")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InvalidLakeFSConfigurationException.class)
                    .hasMessageContaining("Apache 5 HTTP client")
                    .satisfies((ex) -> assertThat(((InvalidLakeFSConfigurationException) ex).getAction())
                        .contains("software.amazon.awssdk:apache5-client"));
            });
    }

    @Test
    void turnedOffByProperty() {
        this.runner.withPropertyValues("lakefs.s3.enabled=false")
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("lakeFSS3Client")
                .doesNotHaveBean("lakeFSS3Presigner"));
    }

    @Test
    void backsOffWithoutTheAwsSdk() {
        this.runner.withClassLoader(new FilteredClassLoader(S3Client.class))
            .run((context) -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("lakeFSS3Client")
                .doesNotHaveBean("lakeFSS3Presigner"));
    }

    @Test
    void aBeanNamedLakeFSS3ClientReplacesTheAutoConfiguredOne() {
        this.runner.withUserConfiguration(OwnLakeFSS3Client.class).run((context) -> {
            assertThat(context.getBean("lakeFSS3Client", S3Client.class).serviceClientConfiguration().region())
                .isEqualTo(Region.AP_SOUTH_1);
            assertThat(context).hasBean("lakeFSS3Presigner");
        });
    }

    @Test
    void customizersApplyAndTransactionRoutingSurvivesThem() {
        this.runner.withUserConfiguration(Customizers.class).run((context) -> {
            S3Client client = context.getBean("lakeFSS3Client", S3Client.class);
            assertThat(client.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
                .contains(Duration.ofSeconds(42));
            assertThat(client.serviceClientConfiguration().overrideConfiguration().executionInterceptors())
                .hasAtLeastOneElementOfType(LakeFSS3TransactionInterceptor.class);
        });
    }

    @Test
    void anApplicationS3ClientStaysTheDefaultAndBothExist() {
        this.runner.withUserConfiguration(ApplicationS3Client.class, Consumers.class).run((context) -> {
            assertThat(context).getBeans(S3Client.class).containsOnlyKeys("awsS3Client", "lakeFSS3Client");
            S3Client aws = context.getBean("awsS3Client", S3Client.class);
            S3Client lakeFS = context.getBean("lakeFSS3Client", S3Client.class);
            assertThat(context.getBean(S3Client.class)).isSameAs(aws);
            Consumer consumer = context.getBean(Consumer.class);
            assertThat(consumer.plain).isSameAs(aws);
            assertThat(consumer.qualified).isSameAs(lakeFS);
            assertThat(consumer.byQualifier).isSameAs(lakeFS);
            assertThat(consumer.presigner).isSameAs(context.getBean("lakeFSS3Presigner"));
        });
    }

    @Test
    void withoutAnApplicationS3ClientAPlainInjectionPointIsNotGivenTheLakeFSOne() {
        this.runner.withUserConfiguration(Consumers.class).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(UnsatisfiedDependencyException.class)
                .hasMessageContaining("plain");
        });
    }

    private static URL presignedGet(S3Presigner presigner) {
        return presigner
            .presignGetObject((presign) -> presign.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest((get) -> get.bucket("example-repo").key("main/data/file.csv")))
            .url();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnLakeFSS3Client {

        @Bean
        S3Client lakeFSS3Client() {
            return S3Client.builder()
                .region(Region.AP_SOUTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationS3Client {

        @Bean
        S3Client awsS3Client() {
            return S3Client.builder()
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        @Bean
        LakeFSS3ClientCustomizer replacesTheOverrideConfiguration() {
            return (builder) -> builder.overrideConfiguration((override) -> override.apiCallTimeout(
                    Duration.ofSeconds(42)));
        }

    }

    @Configuration(proxyBeanMethods = false)
    @Import(Consumer.class)
    static class Consumers {

    }

    static class Consumer {

        @Autowired
        S3Client plain;

        @Autowired
        @LakeFSGateway
        S3Client qualified;

        @Autowired
        @Qualifier("lakeFSS3Client")
        S3Client byQualifier;

        @Autowired
        @LakeFSGateway
        S3Presigner presigner;

    }

}
