package dev.lakefs.spring.transaction;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportAware;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the {@link LakeFSTransactionalBeanPostProcessor} for {@link EnableLakeFSTransactions}, the way
 * Framework's {@code ResilientMethodsConfiguration} does for {@code @EnableResilientMethods}.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
public class LakeFSTransactionConfiguration implements ImportAware, EnvironmentAware {

    private @Nullable AnnotationAttributes enableTransactions;

    private @Nullable Environment environment;

    @Override
    public void setImportMetadata(AnnotationMetadata importMetadata) {
        this.enableTransactions = AnnotationAttributes
            .fromMap(importMetadata.getAnnotationAttributes(EnableLakeFSTransactions.class.getName()));
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    public LakeFSTransactionalBeanPostProcessor lakeFSTransactionalBeanPostProcessor() {
        LakeFSTransactionalBeanPostProcessor postProcessor = new LakeFSTransactionalBeanPostProcessor();
        if (this.enableTransactions != null) {
            postProcessor.setProxyTargetClass(this.enableTransactions.getBoolean("proxyTargetClass"));
            String defaultRepository = this.enableTransactions.getString("defaultRepository");
            if (!defaultRepository.isEmpty()) {
                postProcessor.setDefaultRepository((this.environment != null)
                        ? this.environment.resolveRequiredPlaceholders(defaultRepository) : defaultRepository);
            }
        }
        return postProcessor;
    }
}
