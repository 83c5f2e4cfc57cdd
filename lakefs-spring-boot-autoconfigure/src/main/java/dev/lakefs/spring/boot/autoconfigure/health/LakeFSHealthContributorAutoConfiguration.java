package dev.lakefs.spring.boot.autoconfigure.health;

import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.boot.autoconfigure.LakeFSProperties;
import dev.lakefs.spring.client.LakeFSClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the {@code lakefs}
 * health indicator (switched by {@code management.health.lakefs.enabled}): reactive in a reactive web application,
 * blocking otherwise.
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass({ LakeFSClient.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(LakeFSClient.class)
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSHealthContributorAutoConfiguration {

    private static final String BEAN_NAME = "lakefsHealthIndicator";

    // The switch sits on the nested classes so that it is only evaluated once the outer class found spring-boot-health.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("lakefs")
    @ConditionalOnWebApplication(type = Type.REACTIVE)
    static class ReactiveHealthIndicatorConfiguration {

        @Bean(BEAN_NAME)
        @ConditionalOnMissingBean(name = BEAN_NAME)
        LakeFSReactiveHealthIndicator lakefsHealthIndicator(LakeFSClient lakeFSClient, LakeFSProperties properties) {
            return new LakeFSReactiveHealthIndicator(lakeFSClient, properties.getHealth().getTimeout());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("lakefs")
    @Conditional(NotReactiveWebApplicationCondition.class)
    static class BlockingHealthIndicatorConfiguration {

        @Bean(BEAN_NAME)
        @ConditionalOnMissingBean(name = BEAN_NAME)
        LakeFSHealthIndicator lakefsHealthIndicator(LakeFSClient lakeFSClient, LakeFSProperties properties) {
            return new LakeFSHealthIndicator(lakeFSClient, properties.getHealth().getTimeout());
        }

    }

    static class NotReactiveWebApplicationCondition extends NoneNestedConditions {

        NotReactiveWebApplicationCondition() {
            super(ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @ConditionalOnWebApplication(type = Type.REACTIVE)
        static class ReactiveWebApplication {

        }

    }

}
