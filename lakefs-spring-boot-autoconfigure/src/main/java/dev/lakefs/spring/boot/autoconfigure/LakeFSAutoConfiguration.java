package dev.lakefs.spring.boot.autoconfigure;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for lakeFS: the
 * {@link LakeFSConnectionDetails} from {@code lakefs.*} (or lakectl's configuration), a prototype
 * {@link LakeFSClient.Builder} that starts from Boot's {@link WebClient.Builder} (so that observation and codec
 * customizers apply), the {@link LakeFSClient} and the high-level {@link LakeFS}. Nothing here calls the server, so
 * startup does not depend on lakeFS being up.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
        "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration" })
@ConditionalOnClass(LakeFSClient.class)
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSAutoConfiguration {

    private static final Log logger = LogFactory.getLog(LakeFSAutoConfiguration.class);

    private static final String EMBEDDED_SERVER_CLASS = "dev.lakefs.embedded.EmbeddedLakeFS";

    @Bean
    @ConditionalOnMissingBean(LakeFSConnectionDetails.class)
    PropertiesLakeFSConnectionDetails lakeFSConnectionDetails(LakeFSProperties properties, Environment environment,
            ResourceLoader resourceLoader, ObjectProvider<SslBundles> sslBundles) {
        PropertiesLakeFSConnectionDetails connectionDetails = new PropertiesLakeFSConnectionDetails(properties,
                LakectlConfigurationLoader.from(environment),
                new LakeFSSslBundleResolver(resourceLoader, sslBundles.getIfAvailable()));
        if (Boolean.TRUE.equals(properties.getEmbedded().getEnabled())) {
            // the embedded server would have supplied the connection details: a test meant for it must not write to
            // the configured server instead
            boolean onClasspath = ClassUtils.isPresent(EMBEDDED_SERVER_CLASS, resourceLoader.getClassLoader());
            throw LakeFSConfigurationProblems.embeddedServerMissing(onClasspath, connectionDetails.getEndpoint());
        }
        logger.info("Using lakeFS at " + connectionDetails.getEndpoint() + " (configured by "
                + connectionDetails.getSource() + ")");
        return connectionDetails;
    }

    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    LakeFSClient.Builder lakeFSClientBuilder(LakeFSConnectionDetails connectionDetails, LakeFSProperties properties,
            ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<LakeFSWebClientCustomizer> webClientCustomizers,
            ObjectProvider<LakeFSClientCustomizer> clientCustomizers) {
        return new LakeFSClientBuilderConfigurer(connectionDetails, properties, webClientBuilder.getIfAvailable(),
                webClientCustomizers.orderedStream().toList(), clientCustomizers.orderedStream().toList())
            .configure(LakeFSClient.builder());
    }

    @Bean
    @ConditionalOnMissingBean
    LakeFSClient lakeFSClient(LakeFSClient.Builder lakeFSClientBuilder) {
        return lakeFSClientBuilder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    LakeFS lakeFS(LakeFSClient lakeFSClient) {
        return LakeFS.of(lakeFSClient);
    }

}
