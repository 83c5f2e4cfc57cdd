package dev.lakefs.spring.boot.autoconfigure.transaction;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.transaction.LakeFSTransactionManager;
import dev.lakefs.spring.transaction.LakeFSTransactionalBeanPostProcessor;
import dev.lakefs.spring.transaction.TransactionObservationConvention;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of lakeFS branch
 * transactions: a {@link LakeFSTransactionManager} (also the {@code LakeFSTransactionMonitor} of the actuator
 * endpoint) observed in the application's {@link ObservationRegistry}, and {@code @LakeFSTransactional} processing
 * (proxying classes unless {@code spring.aop.proxy-target-class=false}, like Spring Boot's AOP auto-configuration). A
 * {@code @LakeFSTransactional} method that names no repository, without
 * {@code lakefs.transaction.default-repository}, fails startup.
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(LakeFSTransactionManager.class)
@ConditionalOnBean(LakeFS.class)
@ConditionalOnBooleanProperty(name = "lakefs.transaction.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LakeFSTransactionProperties.class)
public final class LakeFSTransactionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LakeFSTransactionManager lakeFSTransactionManager(LakeFS lakeFS,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<TransactionObservationConvention> observationConvention) {
        LakeFSTransactionManager transactionManager = new LakeFSTransactionManager(lakeFS);
        transactionManager.setObservationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP));
        observationConvention.ifUnique(transactionManager::setObservationConvention);
        return transactionManager;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor")
    static class TransactionalAnnotationConfiguration {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        @ConditionalOnMissingBean
        static LakeFSTransactionalBeanPostProcessor lakeFSTransactionalBeanPostProcessor(Environment environment) {
            // A post-processor is created before configuration properties are bound: read them with a Binder.
            Binder binder = Binder.get(environment);
            LakeFSTransactionalBeanPostProcessor postProcessor = new CheckingLakeFSTransactionalBeanPostProcessor();
            postProcessor.setProxyTargetClass(binder.bind("spring.aop.proxy-target-class", Boolean.class).orElse(true));
            postProcessor.setDefaultRepository(
                    binder.bind(CheckingLakeFSTransactionalBeanPostProcessor.DEFAULT_REPOSITORY_PROPERTY, String.class)
                        .orElse(null));
            return postProcessor;
        }

    }

}
