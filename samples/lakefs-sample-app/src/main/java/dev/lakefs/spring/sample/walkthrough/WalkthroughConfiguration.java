package dev.lakefs.spring.sample.walkthrough;

import dev.lakefs.embedded.EmbeddedLakeFS;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.s3.LakeFSGateway;
import dev.lakefs.spring.sample.SampleProperties;
import dev.lakefs.spring.sample.datasets.DatasetIngestionService;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs the {@link Walkthrough} once the application has started, unless {@code sample.walkthrough.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "sample.walkthrough.enabled", matchIfMissing = true)
class WalkthroughConfiguration {

    @Bean
    Walkthrough walkthrough(LakeFS lakeFS, SampleProperties properties, ObjectProvider<EmbeddedLakeFS> embeddedServer,
            DatasetIngestionService datasets, @LakeFSGateway ObjectProvider<S3Client> lakeFSS3Client) {
        String repository = properties.walkthrough().repository();
        WalkthroughOutput out = new WalkthroughOutput(System.out);
        S3Client s3 = lakeFSS3Client.getIfAvailable();
        return new Walkthrough(lakeFS.repository(repository), properties.storageNamespace(repository),
                ImportSource.of(properties.walkthrough(), embeddedServer.getIfAvailable()), datasets,
                (s3 != null) ? new S3GatewayWalkthrough(s3, out) : null, out);
    }

    @Bean
    ApplicationRunner walkthroughRunner(Walkthrough walkthrough, Environment environment) {
        return (args) -> {
            walkthrough.run();
            walkthrough.printNextSteps(environment.getProperty("local.server.port", "8080"));
        };
    }

}
