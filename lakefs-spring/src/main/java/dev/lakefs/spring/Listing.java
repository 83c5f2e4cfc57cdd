package dev.lakefs.spring;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;

/**
 * A lazy lakeFS listing (branches, tags, objects, commits, diffs...): an {@link Iterable} and a {@link Stream}
 * source that fetch pages only as the iteration reaches them, like the Python SDK's generators. Nothing is
 * requested until iteration starts, and each iteration starts over from the first page.
 * <p>
 * Stop early with {@code break}, {@link Stream#limit(long)} or {@link ListOptions#withMax(long)}: the remaining
 * pages are never fetched. Close streams that are not consumed to the end (try-with-resources) so the underlying
 * request is released at once.
 *
 * @param <T> the element type
 */
public final class Listing<T> implements Iterable<T> {

    private final Flux<T> source;

    private final int batchSize;

    private Listing(Flux<T> source, int batchSize) {
        this.source = source;
        this.batchSize = batchSize;
    }

    /**
     * A listing over a lazy, paginating {@link Flux}.
     * @param source the elements; subscribed once per iteration
     * @param batchSize how many elements to request at a time (use the page size, so that one page is fetched
     * ahead at most)
     */
    public static <T> Listing<T> of(Flux<T> source, int batchSize) {
        return new Listing<>(source, Math.max(1, batchSize));
    }

    @Override
    public Iterator<T> iterator() {
        return this.source.toIterable(this.batchSize).iterator();
    }

    /** The elements as a sequential stream; close it when it is not consumed to the end. */
    public Stream<T> stream() {
        return this.source.toStream(this.batchSize);
    }

    /** All elements in a list: this fetches every page, so bound it first with {@link ListOptions#withMax}. */
    public List<T> toList() {
        try (Stream<T> stream = stream()) {
            return stream.toList();
        }
    }

    /** The first element, fetching one page at most. */
    public Optional<T> first() {
        return this.source.next().blockOptional();
    }

    /** This listing with each element mapped, still lazy. */
    public <R> Listing<R> map(Function<? super T, ? extends R> mapper) {
        return new Listing<>(this.source.map(mapper), this.batchSize);
    }

    /** The reactive source, for callers who want to stay non-blocking. */
    public Flux<T> asFlux() {
        return this.source;
    }
}
