package dev.lakefs.spring.boot.autoconfigure.resource;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.boot.autoconfigure.LakeFSAutoConfiguration;
import dev.lakefs.spring.resource.LakeFSProtocolResolver;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of {@code lakefs://}
 * resources: registers a {@link LakeFSProtocolResolver} on the application context, the way Spring Cloud AWS does
 * for {@code s3://}, and makes the context's resource loader a
 * {@link dev.lakefs.spring.resource.LakeFSResourcePatternResolver}, so that {@code getResources} and
 * {@code @Value Resource[]} resolve {@code lakefs://} patterns too.
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass(LakeFSProtocolResolver.class)
@ConditionalOnBean(LakeFS.class)
public final class LakeFSResourceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    static LakeFSProtocolResolverRegistrar lakeFSProtocolResolverRegistrar() {
        return new LakeFSProtocolResolverRegistrar();
    }

}
