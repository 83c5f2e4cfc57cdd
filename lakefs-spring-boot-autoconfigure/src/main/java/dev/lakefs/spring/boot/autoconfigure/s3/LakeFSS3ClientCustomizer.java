package dev.lakefs.spring.boot.autoconfigure.s3;

import dev.lakefs.spring.s3.LakeFSS3;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Callback to customize the builder of the auto-configured {@code lakeFSS3Client} after the lakeFS settings were
 * applied, and only that one (Spring Cloud AWS's {@code S3ClientCustomizer} applies to the application's own client).
 * Beans of this type are applied in {@link org.springframework.core.Ordered order}. To add an interceptor, use
 * {@link LakeFSS3#addInterceptor}, which keeps the ones already registered.
 */
@FunctionalInterface
public interface LakeFSS3ClientCustomizer {

    /**
     * Customizes the builder.
     * @param builder the builder to customize
     */
    void customize(S3ClientBuilder builder);

}
