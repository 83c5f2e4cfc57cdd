package dev.lakefs.spring;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import reactor.core.publisher.Flux;

/**
 * A lazy lakeFS listing (branches, tags, objects, commits, diffs...): an {@link Iterable} and a {@link Stream}
 * source that fetch pages only as the iteration reaches them, like the Python SDK's generators. Nothing is
 * requested until iteration starts, and each iteration starts over from the first page.
 * <p>
 * Stop early with {@code break}, {@link Stream#limit(long)} or
 * {@link dev.lakefs.spring.client.ListOptions#withMax(long) ListOptions.withMax}: the remaining pages are never
 * fetched. Close streams that are not consumed to the end (try-with-resources) so the underlying
 * request is released at once.
 *
 * @param <T> the element type
 */
public final class Listing<T> implements Iterable<T> {

    private final Flux<T> source;

    private Listing(Flux<T> source) {
        this.source = source;
    }

    /**
     * A listing over a lazy, paginating {@link Flux}.
     * @param source the elements; subscribed once per iteration
     * @return the lazy listing
     */
    public static <T> Listing<T> of(Flux<T> source) {
        return new Listing<>(source);
    }

    @Override
    public Iterator<T> iterator() {
        return new ListingIterator<>(this.source);
    }

    /**
     * The elements as a sequential stream; close it when it is not consumed to the end.
     * @return the stream
     */
    public Stream<T> stream() {
        ListingIterator<T> elements = new ListingIterator<>(this.source);
        return StreamSupport
            .stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(elements::close);
    }

    /**
     * All elements in a list: this fetches every page, so bound it first with
     * {@link dev.lakefs.spring.client.ListOptions#withMax(long) ListOptions.withMax}.
     * @return the elements
     */
    public List<T> toList() {
        try (Stream<T> stream = stream()) {
            return stream.toList();
        }
    }

    /**
     * The first element, fetching one page at most.
     * @return the first element, if any
     */
    public Optional<T> first() {
        return this.source.next().blockOptional();
    }

    /**
     * This listing with each element mapped, still lazy.
     * @param mapper maps each element
     * @return the mapped listing
     */
    public <R> Listing<R> map(Function<? super T, ? extends R> mapper) {
        return new Listing<>(this.source.map(mapper));
    }

    /**
     * The reactive source, for callers who want to stay non-blocking.
     * @return the reactive source
     */
    public Flux<T> asFlux() {
        return this.source;
    }
}
