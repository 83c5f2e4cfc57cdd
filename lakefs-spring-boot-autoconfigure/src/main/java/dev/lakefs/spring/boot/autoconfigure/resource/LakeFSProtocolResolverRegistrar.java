package dev.lakefs.spring.boot.autoconfigure.resource;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.resource.LakeFSProtocolResolver;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * Adds a {@link LakeFSProtocolResolver} to the application context, as early as bean definitions are known, so that
 * {@code lakefs://repository/ref/path} works in {@code ResourceLoader.getResource} and {@code @Value} resource
 * injection. The {@link LakeFS} bean is looked up only when a location is first resolved.
 */
class LakeFSProtocolResolverRegistrar implements BeanFactoryPostProcessor, ResourceLoaderAware {

    private @Nullable ResourceLoader resourceLoader;

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (this.resourceLoader instanceof DefaultResourceLoader defaultResourceLoader) {
            defaultResourceLoader
                .addProtocolResolver(new LakeFSProtocolResolver(() -> beanFactory.getBean(LakeFS.class)));
        }
    }

}
