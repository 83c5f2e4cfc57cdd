package dev.lakefs.spring.boot.autoconfigure.observation;

import dev.lakefs.spring.boot.autoconfigure.LakeFSClientCustomizer;
import dev.lakefs.spring.boot.autoconfigure.s3.LakeFSS3ClientCustomizer;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.s3.LakeFSS3;
import dev.lakefs.spring.s3.LakeFSS3ObservationInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of lakeFS metrics and
 * observations: the client records its {@code lakefs.commit} and {@code lakefs.merge} observations in the
 * application's {@link ObservationRegistry} ({@code http.client.requests} comes from Boot's {@code WebClient.Builder}),
 * the lakeFS S3 client records {@code lakefs.s3} there, and object bytes are counted in the {@link MeterRegistry}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(LakeFSClient.class)
public final class LakeFSObservationAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBean(ObservationRegistry.class)
    static class ObservationConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "lakeFSObservationClientCustomizer")
        LakeFSClientCustomizer lakeFSObservationClientCustomizer(ObservationRegistry observationRegistry) {
            return (builder) -> builder.observationRegistry(observationRegistry);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = { "io.micrometer.observation.ObservationRegistry",
            "software.amazon.awssdk.services.s3.S3Client", "dev.lakefs.spring.s3.LakeFSS3" })
    @ConditionalOnBean(ObservationRegistry.class)
    static class S3ObservationConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "lakeFSS3ObservationClientCustomizer")
        LakeFSS3ClientCustomizer lakeFSS3ObservationClientCustomizer(ObservationRegistry observationRegistry) {
            return (builder) -> LakeFSS3.addInterceptor(builder,
                    new LakeFSS3ObservationInterceptor(observationRegistry));
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class TransferMetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        LakeFSTransferMetrics lakeFSTransferMetrics(MeterRegistry meterRegistry) {
            return new LakeFSTransferMetrics(meterRegistry);
        }

        @Bean
        @ConditionalOnMissingBean(name = "lakeFSTransferMetricsClientCustomizer")
        LakeFSClientCustomizer lakeFSTransferMetricsClientCustomizer(LakeFSTransferMetrics transferMetrics) {
            return (builder) -> builder.transferListener(transferMetrics);
        }

    }

}
