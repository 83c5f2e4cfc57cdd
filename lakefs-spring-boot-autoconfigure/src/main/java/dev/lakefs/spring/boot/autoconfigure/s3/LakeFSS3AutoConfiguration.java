package dev.lakefs.spring.boot.autoconfigure.s3;

import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSConnectionDetails;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.s3.LakeFSS3;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the AWS SDK for lakeFS's
 * S3 gateway: the beans {@code lakeFSS3Client} ({@link S3Client}) and {@code lakeFSS3Presigner} ({@link S3Presigner}),
 * built by {@link LakeFSS3} for the lakeFS server of the {@link LakeFSConnectionDetails}, with its key pair, TLS and
 * proxy, then {@link LakeFSS3ClientCustomizer}s.
 * <p>
 * They are not default candidates: they never replace, and are never replaced by, the application's own
 * {@code S3Client} (Spring Cloud AWS's, or one it declares), and a plain {@code S3Client} injection point still gets
 * that one. Inject them with {@link LakeFSGateway @LakeFSGateway} (or by name). A bean named {@code lakeFSS3Client}
 * or {@code lakeFSS3Presigner} replaces the auto-configured one; {@code lakefs.s3.enabled=false} turns both off.
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass({ S3Client.class, LakeFSS3.class })
@ConditionalOnBooleanProperty(name = "lakefs.s3.enabled", matchIfMissing = true)
@ConditionalOnBean(LakeFSConnectionDetails.class)
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSS3AutoConfiguration {

    /** The name of the lakeFS S3 client bean. */
    public static final String CLIENT_BEAN_NAME = "lakeFSS3Client";

    /** The name of the lakeFS S3 presigner bean. */
    public static final String PRESIGNER_BEAN_NAME = "lakeFSS3Presigner";

    @Bean(name = CLIENT_BEAN_NAME, defaultCandidate = false)
    @LakeFSGateway
    @ConditionalOnMissingBean(name = CLIENT_BEAN_NAME)
    S3Client lakeFSS3Client(LakeFSConnectionDetails connectionDetails, LakeFSProperties properties,
            ObjectProvider<LakeFSS3ClientCustomizer> customizers, ResourceLoader resourceLoader) {
        LakeFSS3Connection connection = LakeFSS3Connection.of(connectionDetails, properties);
        S3ClientBuilder builder = LakeFSS3.clientBuilder(connection.endpoint(), connection.credentials())
            .region(connection.region());
        LakeFSS3HttpClients.configure(builder, connectionDetails.getSslBundle(), properties,
                resourceLoader.getClassLoader());
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        // A customizer may have replaced the override configuration, and with it the transaction routing.
        return LakeFSS3.withTransactionRouting(builder).build();
    }

    @Bean(name = PRESIGNER_BEAN_NAME, defaultCandidate = false)
    @LakeFSGateway
    @ConditionalOnMissingBean(name = PRESIGNER_BEAN_NAME)
    S3Presigner lakeFSS3Presigner(LakeFSConnectionDetails connectionDetails, LakeFSProperties properties) {
        LakeFSS3Connection connection = LakeFSS3Connection.of(connectionDetails, properties);
        return LakeFSS3.presignerBuilder(connection.endpoint(), connection.credentials())
            .region(connection.region())
            .build();
    }

}
