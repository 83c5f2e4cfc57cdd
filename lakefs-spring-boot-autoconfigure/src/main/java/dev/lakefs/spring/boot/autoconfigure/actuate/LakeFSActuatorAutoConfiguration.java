package dev.lakefs.spring.boot.autoconfigure.actuate;

import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.client.LakeFSClient;
import dev.lakefs.spring.transaction.LakeFSTransactionMonitor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of lakeFS's actuator
 * support: the {@code lakefs} endpoint, the {@code lakefs} info contributor and the masking of lakeFS secrets in
 * {@code /actuator/configprops} and {@code /actuator/env}.
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class,
        afterName = "dev.lakefs.spring.boot.autoconfigure.transaction.LakeFSTransactionAutoConfiguration")
@ConditionalOnClass({ LakeFSClient.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSActuatorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LakeFSSecretsSanitizingFunction lakeFSSecretsSanitizingFunction() {
        return new LakeFSSecretsSanitizingFunction();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(LakeFSClient.class)
    @ConditionalOnAvailableEndpoint
    LakeFSEndpoint lakeFSEndpoint(LakeFSClient lakeFSClient, LakeFSProperties properties,
            ObjectProvider<LakeFSTransactionMonitor> transactionMonitor) {
        return new LakeFSEndpoint(lakeFSClient, properties.getRetry().asRetrySettings(),
                properties.getHealth().getTimeout(), transactionMonitor.getIfUnique());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(LakeFSClient.class)
    @ConditionalOnEnabledInfoContributor("lakefs")
    LakeFSInfoContributor lakeFSInfoContributor(LakeFSClient lakeFSClient, LakeFSProperties properties) {
        return new LakeFSInfoContributor(lakeFSClient, properties.getHealth().getTimeout());
    }

}
