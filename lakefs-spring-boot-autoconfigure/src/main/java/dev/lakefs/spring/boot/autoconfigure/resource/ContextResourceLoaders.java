package dev.lakefs.spring.boot.autoconfigure.resource;

import java.util.function.Function;

import jakarta.servlet.ServletContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.DirectFieldAccessor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.ServletContextResource;
import org.springframework.web.context.support.ServletContextResourcePatternResolver;

/**
 * Replaces a {@link GenericApplicationContext}'s resource loader with one that wraps what the context resolved
 * with before. {@code GenericApplicationContext} has a setter for its resource loader but no getter, so the loader
 * already set (by {@code SpringApplication(ResourceLoader, …)}, or by Spring Boot DevTools) is read from its field,
 * as DevTools itself does; with none, the wrapped resolver reproduces the context's own resolution: class path
 * resources for plain paths (servlet context resources in a servlet web application), {@code classpath*:} and
 * Ant-style patterns through {@link PathMatchingResourcePatternResolver}.
 */
final class ContextResourceLoaders {

    private static final boolean SERVLET_PRESENT = ClassUtils.isPresent("jakarta.servlet.ServletContext",
            ContextResourceLoaders.class.getClassLoader());

    private ContextResourceLoaders() {
    }

    /**
     * Sets {@code context}'s resource loader to what {@code wrapper} makes of its current resolution.
     * @param context the application context
     * @param wrapper wraps the context's resolution
     */
    static void wrap(GenericApplicationContext context,
            Function<ResourcePatternResolver, ResourcePatternResolver> wrapper) {
        ResourceLoader existing = currentResourceLoader(context);
        ResourcePatternResolver delegate = (existing != null)
                ? ResourcePatternUtils.getResourcePatternResolver(existing) : defaultResolver(context);
        context.setResourceLoader(wrapper.apply(delegate));
    }

    private static @Nullable ResourceLoader currentResourceLoader(GenericApplicationContext context) {
        try {
            return (ResourceLoader) new DirectFieldAccessor(context).getPropertyValue("resourceLoader");
        }
        catch (RuntimeException ex) {
            // Not readable (a future field name, a module boundary): the context's default resolution is used.
            return null;
        }
    }

    private static ResourcePatternResolver defaultResolver(GenericApplicationContext context) {
        // The class loader is read now: once the new loader is set, the context asks it for its class loader.
        if (SERVLET_PRESENT && context instanceof WebApplicationContext webContext) {
            return ServletAwareResourceLoader.resolverFor(webContext, context.getClassLoader());
        }
        return new PathMatchingResourcePatternResolver(new DefaultResourceLoader(context.getClassLoader()));
    }

    /**
     * Resolves plain paths as a servlet web application context does: against its servlet context once it has one
     * (the embedded server creates it after bean definitions are processed), against the class path before.
     */
    private static final class ServletAwareResourceLoader extends DefaultResourceLoader {

        private final WebApplicationContext context;

        private ServletAwareResourceLoader(WebApplicationContext context, @Nullable ClassLoader classLoader) {
            super(classLoader);
            this.context = context;
        }

        /** Only called when the servlet API is present: this class refers to it. */
        static ResourcePatternResolver resolverFor(WebApplicationContext context, @Nullable ClassLoader classLoader) {
            return new ServletContextResourcePatternResolver(new ServletAwareResourceLoader(context, classLoader));
        }

        @Override
        protected Resource getResourceByPath(String path) {
            ServletContext servletContext = this.context.getServletContext();
            return (servletContext != null) ? new ServletContextResource(servletContext, path)
                    : super.getResourceByPath(path);
        }
    }
}
