package dev.lakefs.spring.resource;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.Listing;
import dev.lakefs.spring.client.LakeFSNotFoundException;
import dev.lakefs.spring.client.ListOptions;
import dev.lakefs.spring.client.model.PathType;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import reactor.core.publisher.Flux;

/**
 * Resolves {@code lakefs://} locations and location patterns to {@link LakeFSResource}s, and every other location
 * through the resolver it wraps (typically Spring's {@code PathMatchingResourcePatternResolver}, so
 * {@code classpath*:} and {@code file:} patterns keep working).
 * <pre>
 * ResourcePatternResolver resolver = new LakeFSResourcePatternResolver(lakeFS,
 *         new PathMatchingResourcePatternResolver());
 * Resource[] csvFiles = resolver.getResources("lakefs://example-repo/main/datasets/**&#47;*.csv");
 * </pre>
 * Patterns are Ant-style, as in Spring's {@code PathMatchingResourcePatternResolver}: {@code *} (within one path
 * segment), {@code ?} (one character), {@code **} (any number of segments), and {@code {a,b}} alternatives, in the
 * object path only; the repository and the ref are literal. lakeFS lists objects under the longest literal prefix
 * before the first wildcard, recursively when the rest of the pattern has {@code **} or a {@code /}, one level
 * (delimited by {@code /}) otherwise, and the keys are matched here with {@code AntPathMatcher}. So
 * {@code lakefs://repo/main/datasets/2024/*.csv} reads one "directory" and
 * <code>lakefs://repo/main/**&#47;*.csv</code> lists the whole ref: put as much literal path as possible before the
 * first wildcard.
 * <p>
 * {@link #getResources(String)} returns an array, so it reads every page of that listing; {@link #stream(String)}
 * fetches pages only as the stream is consumed, and stops when it is closed. A location without a wildcard gives
 * one resource, whether it exists or not, as Spring's resolvers do. Listings through a branch with a transaction
 * open in this thread list the transaction's branch (its uncommitted writes included), and the resources keep the
 * branch's name, so they follow the transaction as well.
 */
public final class LakeFSResourcePatternResolver implements ResourcePatternResolver {

    private final Supplier<LakeFS> lakeFS;

    private final ResourcePatternResolver delegate;

    private final int pageSize;

    /**
     * A resolver for one {@link LakeFS}.
     * @param lakeFS the lakeFS API the resources use
     * @param delegate resolves every location that is not {@code lakefs://}
     */
    public LakeFSResourcePatternResolver(LakeFS lakeFS, ResourcePatternResolver delegate) {
        this(supplierOf(lakeFS), delegate, ListOptions.MAX_PAGE_SIZE);
    }

    /**
     * A resolver that asks for its {@link LakeFS} only when it first resolves a {@code lakefs://} location, for
     * containers that install resolvers before creating beans.
     * @param lakeFS supplies the lakeFS API the resources use
     * @param delegate resolves every location that is not {@code lakefs://}
     */
    public LakeFSResourcePatternResolver(Supplier<LakeFS> lakeFS, ResourcePatternResolver delegate) {
        this(lakeFS, delegate, ListOptions.MAX_PAGE_SIZE);
    }

    private LakeFSResourcePatternResolver(Supplier<LakeFS> lakeFS, ResourcePatternResolver delegate, int pageSize) {
        this.lakeFS = Objects.requireNonNull(lakeFS, "lakeFS");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.pageSize = pageSize;
    }

    private static Supplier<LakeFS> supplierOf(LakeFS lakeFS) {
        Objects.requireNonNull(lakeFS, "lakeFS");
        return () -> lakeFS;
    }

    /**
     * This resolver with another listing page size (lakeFS's maximum, 1000, by default): smaller pages mean more
     * requests, each returning sooner.
     * @param pageSize objects per listing request, 1 to 1000
     * @return a resolver with that page size
     */
    public LakeFSResourcePatternResolver withPageSize(int pageSize) {
        ListOptions.defaults().withPageSize(pageSize); // validates it
        return new LakeFSResourcePatternResolver(this.lakeFS, this.delegate, pageSize);
    }

    /**
     * The resolver non-{@code lakefs://} locations go to.
     * @return the wrapped resolver
     */
    public ResourcePatternResolver delegate() {
        return this.delegate;
    }

    @Override
    public Resource getResource(String location) {
        if (LakeFSUri.isLakeFSLocation(location)) {
            return new LakeFSResource(this.lakeFS.get(), LakeFSUri.parse(location));
        }
        return this.delegate.getResource(location);
    }

    /**
     * The objects a {@code lakefs://} pattern matches, sorted by path, reading every page of the listing; any other
     * location goes to the wrapped resolver.
     * @param locationPattern a location or location pattern
     * @return the matching resources (one, existing or not, for a {@code lakefs://} location without a wildcard)
     * @throws IllegalArgumentException when a {@code lakefs://} pattern is malformed or has a wildcard in its
     * repository or ref
     * @throws FileNotFoundException when the repository or the ref of a {@code lakefs://} pattern does not exist
     */
    @Override
    public Resource[] getResources(String locationPattern) throws IOException {
        if (!LakeFSUri.isLakeFSLocation(locationPattern)) {
            return this.delegate.getResources(locationPattern);
        }
        try (Stream<LakeFSResource> resources = stream(locationPattern)) {
            return resources.toArray(Resource[]::new);
        }
        catch (LakeFSNotFoundException ex) {
            FileNotFoundException notFound = new FileNotFoundException("Cannot list " + locationPattern
                    + ": lakeFS answered " + ex.getMessage());
            notFound.initCause(ex);
            throw notFound;
        }
    }

    /**
     * The objects a {@code lakefs://} pattern matches, sorted by path, as a lazy stream: listing pages are fetched
     * as it is consumed, and no more once it is closed (use try-with-resources when not consuming it all).
     * @param locationPattern a {@code lakefs://repository/ref/pattern} location
     * @return the matching resources
     * @throws IllegalArgumentException when the location is not {@code lakefs://}, is malformed, or has a wildcard
     * in its repository or ref
     */
    public Stream<LakeFSResource> stream(String locationPattern) {
        return find(locationPattern).stream();
    }

    /**
     * The objects a {@code lakefs://} pattern matches, sorted by path, as a lazy listing (each iteration lists
     * again).
     * @param locationPattern a {@code lakefs://repository/ref/pattern} location
     * @return the matching resources
     * @throws IllegalArgumentException when the location is not {@code lakefs://}, is malformed, or has a wildcard
     * in its repository or ref
     */
    public Listing<LakeFSResource> find(String locationPattern) {
        if (!LakeFSUri.isLakeFSLocation(locationPattern)) {
            throw new IllegalArgumentException("Not a lakefs:// location: '" + locationPattern + "'");
        }
        LakeFS api = this.lakeFS.get();
        if (!LakeFSLocationPattern.isPattern(locationPattern)) {
            return Listing.of(Flux.just(new LakeFSResource(api, LakeFSUri.parse(locationPattern))));
        }
        LakeFSLocationPattern pattern = LakeFSLocationPattern.parse(locationPattern);
        ListOptions options = ListOptions.prefixed(pattern.listingPrefix())
            .withDelimiter(pattern.recursive() ? null : "/")
            .withPageSize(this.pageSize);
        return LakeFSResource.readRef(api.repository(pattern.repository()), pattern.ref())
            .objects(options)
            .asFlux()
            .filter((stats) -> stats.pathType() != PathType.COMMON_PREFIX && pattern.matches(stats.path()))
            .map((stats) -> new LakeFSResource(api, pattern.locationOf(stats.path())))
            .as(Listing::of);
    }

    @Override
    public @Nullable ClassLoader getClassLoader() {
        return this.delegate.getClassLoader();
    }
}
