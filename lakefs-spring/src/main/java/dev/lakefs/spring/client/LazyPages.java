package dev.lakefs.spring.client;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;

/**
 * The entries of a paginated listing as a {@link Flux} that is strictly demand-driven: page N+1 is fetched only
 * when every entry of page N has been delivered and the subscriber asks for more. Reading the first entry sends
 * one request, whatever the consumer's prefetch; a cancelled listing sends nothing more.
 * <p>
 * Entries are emitted by whichever thread asks for them, so that a blocking caller that requests one entry at a
 * time (the blocking {@code Listing}) is woken once per page, not once per entry. The event loop that receives a
 * page emits what was requested so far; a caller that asks for more while the event loop is still emitting waits for
 * it to finish and then emits the rest of the page itself, rather than letting the event loop hand over each entry
 * and wake it again. Event loops never wait, nor does anyone for a thread that is not an event loop: when another
 * thread is emitting, they leave the work to it.
 */
final class LazyPages<T> {

    private final FluxSink<T> sink;

    private final Function<@Nullable String, Mono<Page<T>>> fetch;

    private final AtomicLong requested = new AtomicLong();

    /** Held by the thread that emits; entries and the fetch are handled under it. */
    private final ReentrantLock emitting = new ReentrantLock();

    /**
     * Whether the thread that holds {@link #emitting} is an event loop. Only then does a blocking caller wait for it:
     * another thread may block in the subscriber's {@code onNext}, perhaps until this caller does something.
     */
    private volatile boolean eventLoopEmitting;

    /** Set by every request, page and failure; cleared by the emitting thread before it looks at the state. */
    private volatile boolean pending;

    private final Queue<T> entries = new ConcurrentLinkedQueue<>();

    private final Disposable.Swap inFlight = Disposables.swap();

    private volatile @Nullable String cursor;

    private volatile boolean lastPage;

    private volatile boolean fetching;

    private volatile @Nullable Throwable failure;

    private State state = State.RUNNING;

    private LazyPages(FluxSink<T> sink, Function<@Nullable String, Mono<Page<T>>> fetch, @Nullable String after) {
        this.sink = sink;
        this.fetch = fetch;
        this.cursor = after;
        sink.onRequest((count) -> {
            this.requested.getAndUpdate((current) -> Operators.addCap(current, count));
            drain();
        });
        sink.onDispose(this.inFlight);
    }

    /**
     * The listing that starts after {@code after} and fetches each page with {@code fetch} (given the cursor).
     */
    static <T> Flux<T> of(@Nullable String after, Function<@Nullable String, Mono<Page<T>>> fetch) {
        return Flux.create((sink) -> new LazyPages<>(sink, fetch, after));
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
                    if (this.state == State.RUNNING) {
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
        while (this.requested.get() > 0 && !this.entries.isEmpty() && !this.sink.isCancelled()) {
            this.sink.next(this.entries.poll());
            this.requested.decrementAndGet();
        }
        if (this.sink.isCancelled()) {
            this.state = State.DONE;
            this.entries.clear();
            return;
        }
        Throwable error = this.failure;
        if (error != null) {
            this.state = State.DONE;
            this.sink.error(error);
            return;
        }
        if (!this.entries.isEmpty() || this.fetching) {
            return;
        }
        if (this.lastPage) {
            this.state = State.DONE;
            this.sink.complete();
        }
        else if (this.requested.get() > 0) {
            this.fetching = true;
            this.inFlight.update(this.fetch.apply(this.cursor)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("A listing page was empty")))
                .subscribe(this::onPage, this::onFailure));
        }
    }

    private void onPage(Page<T> page) {
        List<T> results = page.results();
        this.entries.addAll(results);
        if (page.hasNext()) {
            this.cursor = page.pagination().nextOffset();
        }
        else {
            this.lastPage = true;
        }
        this.fetching = false;
        drain();
    }

    private void onFailure(Throwable error) {
        this.failure = error;
        this.fetching = false;
        drain();
    }

    private enum State {

        RUNNING, DONE

    }

}
