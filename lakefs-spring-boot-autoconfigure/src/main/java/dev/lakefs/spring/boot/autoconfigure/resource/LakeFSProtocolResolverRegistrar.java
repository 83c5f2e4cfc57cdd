package dev.lakefs.spring.boot.autoconfigure.resource;

import java.util.function.Supplier;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.resource.LakeFSProtocolResolver;
import dev.lakefs.spring.resource.LakeFSResourcePatternResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Makes {@code lakefs://repository/ref/path} locations and patterns work through the application context, as early
 * as bean definitions are known (before any bean is created, so {@code @Value} injection sees them):
 * <ul>
 * <li>a {@link LakeFSProtocolResolver} for {@code getResource} and {@code @Value Resource};</li>
 * <li>on a {@link GenericApplicationContext} (every Spring Boot context), a {@link LakeFSResourcePatternResolver}
 * as the context's resource loader, for {@code getResources("lakefs://…/**&#47;*.csv")} and
 * {@code @Value Resource[]}: the context hands pattern resolution to its resource loader when that is a
 * {@code ResourcePatternResolver}, and consults no protocol resolver for patterns. It wraps the resource loader the
 * context had (see {@link ContextResourceLoaders}), so every other location resolves as before.</li>
 * </ul>
 * The {@link LakeFS} bean is looked up only when a {@code lakefs://} location is first resolved.
 */
class LakeFSProtocolResolverRegistrar implements BeanFactoryPostProcessor, ApplicationContextAware {

    private @Nullable ApplicationContext applicationContext;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Supplier<LakeFS> lakeFS = () -> beanFactory.getBean(LakeFS.class);
        if (this.applicationContext instanceof GenericApplicationContext context) {
            ContextResourceLoaders.wrap(context, (delegate) -> new LakeFSResourcePatternResolver(lakeFS, delegate));
        }
        if (this.applicationContext instanceof DefaultResourceLoader defaultResourceLoader) {
            defaultResourceLoader.addProtocolResolver(new LakeFSProtocolResolver(lakeFS));
        }
    }

}
