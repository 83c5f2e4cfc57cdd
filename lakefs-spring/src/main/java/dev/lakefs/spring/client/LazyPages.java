package dev.lakefs.spring.client;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.Fuseable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;

/**
 * The entries of a paginated listing as a {@link Flux} that is strictly demand-driven: page N+1 is fetched only
 * when every entry of page N has been delivered and the subscriber asks for more. Reading the first entry sends
 * one request, whatever the consumer's prefetch; a cancelled listing sends nothing more.
 * <p>
 * Entries are emitted by whichever thread asks for them, so that a blocking caller that requests one entry at a
 * time (the blocking {@code Listing} of a mapped listing, which cannot fuse) is woken once per page, not once per
 * entry. The event loop that receives a
 * page emits what was requested so far; a caller that asks for more while the event loop is still emitting waits for
 * it to finish and then emits the rest of the page itself, rather than letting the event loop hand over each entry
 * and wake it again. Event loops never wait, nor does anyone for a thread that is not an event loop: when another
 * thread is emitting, they leave the work to it.
 * <p>
 * This is a publisher of its own rather than a {@code Flux.create} followed by {@code take}: a blocking iteration
 * asks for every entry separately, and each request then went through the sink's queue, its serialization and the
 * operator, several atomic operations per entry that a page of 100 entries paid 100 times. A subscriber that fuses
 * with it ({@link Fuseable#ASYNC}, as the blocking {@code Listing} does) skips the requests as well: it takes the
 * entries of the page with {@code poll()}, and a {@code poll()} past the end of a page is what fetches the next one.
 * It is signalled once per page: {@code onNext(null)} for a page with more to come, {@code onComplete()} alone for
 * the last one (it polls what is left before it ends), so a one-page listing wakes a blocking caller once.
 */
final class LazyPages<T> extends Flux<T> {

    private final @Nullable String after;

    private final long max;

    private final Function<@Nullable String, Mono<Page<T>>> fetch;

    private LazyPages(@Nullable String after, long max, Function<@Nullable String, Mono<Page<T>>> fetch) {
        this.after = after;
        this.max = max;
        this.fetch = fetch;
    }

    /**
     * The listing that starts after {@code after}, ends after {@code max} entries at most, and fetches each page with
     * {@code fetch} (given the cursor).
     */
    static <T> Flux<T> of(@Nullable String after, long max, Function<@Nullable String, Mono<Page<T>>> fetch) {
        return (max > 0) ? new LazyPages<>(after, max, fetch) : Flux.empty();
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        actual.onSubscribe(new Entries<>(actual, this.fetch, this.after, this.max));
    }

    /** One subscription: the pages fetched for it and the entries it has delivered. */
    private static final class Entries<T> implements Fuseable.QueueSubscription<T> {

        private final CoreSubscriber<? super T> actual;

        private final Function<@Nullable String, Mono<Page<T>>> fetch;

        private final AtomicLong requested = new AtomicLong();

        /**
         * Held by the thread that emits; the fields without {@code volatile} below are used only under it, or, when
         * the subscriber fused, only by the thread that polls (Reactor never polls from two threads at once).
         */
        private final ReentrantLock emitting = new ReentrantLock();

        /**
         * Whether the thread that holds {@link #emitting} is an event loop. Only then does a blocking caller wait for
         * it: another thread may block in the subscriber's {@code onNext}, perhaps until this caller does something.
         */
        private volatile boolean eventLoopEmitting;

        /** Set by every request, page, failure and cancel; cleared by the emitting thread before it looks. */
        private volatile boolean pending;

        private final Disposable.Swap inFlight = Disposables.swap();

        /** The page that arrived and that the emitting thread has not taken yet. */
        private volatile @Nullable Page<T> arrived;

        private volatile @Nullable Throwable failure;

        private volatile boolean cancelled;

        private @Nullable String cursor;

        private List<T> page = List.of();

        private int next;

        /** Entries still allowed by the maximum, past the pages taken so far; written before each fetch. */
        private volatile long remaining;

        /** Whether the subscriber fused: it polls, and is told only that a page arrived or that it was the last. */
        private boolean fused;

        private boolean fetching;

        private boolean lastPage;

        private boolean done;

        Entries(CoreSubscriber<? super T> actual, Function<@Nullable String, Mono<Page<T>>> fetch,
                @Nullable String after, long max) {
            this.actual = actual;
            this.fetch = fetch;
            this.cursor = after;
            this.remaining = max;
        }

        @Override
        public void request(long n) {
            if (this.fused) {
                return;
            }
            if (n <= 0) {
                this.failure = new IllegalArgumentException("Reactive Streams §3.9: the request must be positive, was "
                        + n);
            }
            else {
                this.requested.getAndUpdate((current) -> Operators.addCap(current, n));
            }
            drain();
        }

        @Override
        public void cancel() {
            this.cancelled = true;
            this.inFlight.dispose();
            if (!this.fused) {
                drain();
            }
        }

        private void onPage(Page<T> page) {
            // decided before the page is handed over: taking it changes what remains
            boolean last = isLast(page);
            this.arrived = page;
            if (!this.fused) {
                drain();
                return;
            }
            if (last) {
                // the subscriber polls what is left before it ends; told now, it is not woken a second time for it
                this.actual.onComplete();
            }
            else {
                this.actual.onNext(null);
            }
        }

        private void onFailure(Throwable error) {
            this.failure = error;
            if (this.fused) {
                this.actual.onError(error);
            }
            else {
                drain();
            }
        }

        private boolean isLast(Page<T> page) {
            return !page.hasNext() || page.results().size() >= this.remaining;
        }

        /** Emits what is demanded and available, and fetches the next page when that is all it can do. */
        private void drain() {
            this.pending = true;
            if (this.emitting.isHeldByCurrentThread()) {
                // a request made from within onNext: the loop below, further up this thread's stack, serves it
                return;
            }
            boolean eventLoop = Schedulers.isInNonBlockingThread();
            do {
                if (!this.emitting.tryLock()) {
                    if (eventLoop || !this.eventLoopEmitting) {
                        // the thread that holds the lock sees pending before it leaves, or after (the check below)
                        return;
                    }
                    // an event loop never blocks while it emits, so this wait is short
                    this.emitting.lock();
                }
                this.eventLoopEmitting = eventLoop;
                try {
                    while (this.pending) {
                        this.pending = false;
                        if (!this.done) {
                            emit();
                        }
                    }
                }
                finally {
                    this.emitting.unlock();
                }
            }
            while (this.pending);
        }

        private void emit() {
            takeArrivedPage();
            long demand = this.requested.get();
            long emitted = 0;
            while (emitted < demand && this.next < this.page.size() && !this.cancelled) {
                this.actual.onNext(this.page.get(this.next++));
                emitted++;
            }
            if (emitted > 0 && demand != Long.MAX_VALUE) {
                this.requested.addAndGet(-emitted);
            }
            if (this.cancelled) {
                this.done = true;
                this.page = List.of();
                return;
            }
            Throwable error = this.failure;
            if (error != null) {
                finish(error);
                return;
            }
            if (this.next < this.page.size() || this.fetching) {
                return;
            }
            if (this.lastPage) {
                finish(null);
            }
            else if (this.requested.get() > 0) {
                fetchNextPage();
            }
        }

        private void fetchNextPage() {
            this.fetching = true;
            this.inFlight.update(this.fetch.apply(this.cursor)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("A listing page was empty")))
                .subscribe(this::onPage, this::onFailure));
        }

        private void takeArrivedPage() {
            Page<T> page = this.arrived;
            if (page == null) {
                return;
            }
            this.arrived = null;
            this.fetching = false;
            this.lastPage = isLast(page);
            List<T> results = page.results();
            this.page = this.lastPage ? results.subList(0, (int) Math.min(results.size(), this.remaining)) : results;
            this.remaining -= this.page.size();
            this.next = 0;
            if (page.hasNext()) {
                this.cursor = page.pagination().nextOffset();
            }
        }

        @Override
        public int requestFusion(int requestedMode) {
            this.fused = (requestedMode & Fuseable.ASYNC) != 0;
            return this.fused ? Fuseable.ASYNC : Fuseable.NONE;
        }

        /** The next entry of the page, or null when the page is used up: then the next page is fetched. */
        @Override
        public @Nullable T poll() {
            if (this.next >= this.page.size()) {
                takeArrivedPage();
                if (this.next >= this.page.size()) {
                    if (!this.fetching && !this.lastPage && !this.cancelled && this.failure == null) {
                        fetchNextPage();
                    }
                    return null;
                }
            }
            return this.page.get(this.next++);
        }

        @Override
        public boolean isEmpty() {
            return this.next >= this.page.size() && this.arrived == null;
        }

        @Override
        public int size() {
            Page<T> page = this.arrived;
            return this.page.size() - this.next + ((page != null) ? page.results().size() : 0);
        }

        @Override
        public void clear() {
            this.page = List.of();
            this.arrived = null;
        }

        private void finish(@Nullable Throwable error) {
            this.done = true;
            this.page = List.of();
            this.inFlight.dispose();
            if (error != null) {
                this.actual.onError(error);
            }
            else {
                this.actual.onComplete();
            }
        }

    }

}
