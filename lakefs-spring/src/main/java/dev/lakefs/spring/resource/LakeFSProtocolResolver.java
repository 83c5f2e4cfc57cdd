package dev.lakefs.spring.resource;

import java.util.Objects;
import java.util.function.Supplier;

import dev.lakefs.spring.LakeFS;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ProtocolResolver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Resolves {@code lakefs://repository/ref/path} locations to {@link LakeFSResource}s, as Spring Cloud AWS's
 * {@code S3ProtocolResolver} does for {@code s3://}.
 * <pre>{@code
 * DefaultResourceLoader loader = new DefaultResourceLoader();
 * loader.addProtocolResolver(new LakeFSProtocolResolver(lakeFS));
 * Resource data = loader.getResource("lakefs://example-repo/main/csv/sample_data.csv");
 * }</pre>
 * Registered on an application context (Spring Boot's auto-configuration does it), it also makes
 * {@code @Value("lakefs://…") Resource} fields work.
 */
public final class LakeFSProtocolResolver implements ProtocolResolver {

    private final Supplier<LakeFS> lakeFS;

    /**
     * A resolver for one {@link LakeFS}.
     * @param lakeFS the lakeFS API the resources use
     */
    public LakeFSProtocolResolver(LakeFS lakeFS) {
        Objects.requireNonNull(lakeFS, "lakeFS");
        this.lakeFS = () -> lakeFS;
    }

    /**
     * A resolver that asks for its {@link LakeFS} only when it first resolves a location, for containers that
     * register resolvers before creating beans.
     * @param lakeFS supplies the lakeFS API the resources use
     */
    public LakeFSProtocolResolver(Supplier<LakeFS> lakeFS) {
        this.lakeFS = Objects.requireNonNull(lakeFS, "lakeFS");
    }

    /**
     * Adds a resolver for {@code lakeFS} to a resource loader (an application context is one).
     * @param resourceLoader the resource loader
     * @param lakeFS the lakeFS API to use
     */
    public static void register(DefaultResourceLoader resourceLoader, LakeFS lakeFS) {
        resourceLoader.addProtocolResolver(new LakeFSProtocolResolver(lakeFS));
    }

    @Override
    public @Nullable Resource resolve(String location, ResourceLoader resourceLoader) {
        if (!LakeFSUri.isLakeFSLocation(location)) {
            return null;
        }
        return new LakeFSResource(this.lakeFS.get(), LakeFSUri.parse(location));
    }
}
