package dev.lakefs.spring;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;

import reactor.core.CoreSubscriber;
import reactor.core.Exceptions;
import reactor.core.Fuseable;
import reactor.core.publisher.Flux;

/**
 * Iterates a listing's {@link Flux} from a blocking caller, asking for one element when {@link #hasNext()} needs one
 * and not before, so that a page the iteration does not reach is never fetched.
 * <p>
 * Reactor's {@code toIterable(1)} does the same with a queue, a lock and a condition signalled for every element, and
 * asks for the next element as soon as one is taken. The listing's client emits an element on the thread that asks
 * for it whenever it can, so here most elements arrive during {@code request(1)} on the caller's own thread, and
 * the caller parks only for the first element of each page, which an event loop delivers. A source that fuses
 * ({@link Fuseable#ASYNC}, as the client's listings do) is not asked at all: the iterator polls it, and is woken
 * only when a page arrives.
 */
final class ListingIterator<T> implements Iterator<T>, CoreSubscriber<T>, AutoCloseable {

    private volatile @Nullable Subscription subscription;

    /** The source's queue when it fused; set before {@link #subscription}, so read after it. */
    private Fuseable.@Nullable QueueSubscription<T> fusedQueue;

    /** Counts the signals of a fused source, so that a poll that found nothing can wait for the next one. */
    private volatile int signals;

    private volatile boolean closed;

    /** The thread parked in {@link #hasNext()}, if any. */
    private volatile @Nullable Thread waiting;

    /** The element delivered and not yet returned by {@link #next()}. */
    private volatile @Nullable T element;

    private volatile boolean completed;

    private volatile @Nullable Throwable failure;

    /** Whether an element was asked for and has not arrived: the iterator asks for one at a time. */
    private boolean awaiting;

    ListingIterator(Flux<T> source) {
        source.subscribe(this);
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        if (subscription instanceof Fuseable.QueueSubscription<?> queue
                && queue.requestFusion(Fuseable.ASYNC | Fuseable.THREAD_BARRIER) == Fuseable.ASYNC) {
            @SuppressWarnings("unchecked")
            Fuseable.QueueSubscription<T> elements = (Fuseable.QueueSubscription<T>) queue;
            this.fusedQueue = elements;
        }
        this.subscription = subscription;
        wakeUp();
    }

    @Override
    public void onNext(@Nullable T value) {
        if (this.fusedQueue != null) {
            // a fused source signals that it has elements to poll
            signal();
            return;
        }
        if (this.element != null) {
            subscription().cancel();
            onError(Exceptions.failWithOverflow("A listing delivered more elements than were asked for"));
            return;
        }
        this.element = value;
        wakeUp();
    }

    @Override
    public void onError(Throwable error) {
        this.failure = error;
        signal();
    }

    @Override
    public void onComplete() {
        this.completed = true;
        signal();
    }

    /** Called by the source's signals only, which never overlap: no increment is lost. */
    private void signal() {
        this.signals++;
        wakeUp();
    }

    @Override
    public boolean hasNext() {
        if (this.element != null) {
            return true;
        }
        if (this.subscription == null && !ended()) {
            // a source may call onSubscribe later, on another thread
            parkUntil(() -> this.subscription != null || ended());
        }
        Fuseable.QueueSubscription<T> queue = this.fusedQueue;
        if (queue != null) {
            return pollFused(queue);
        }
        if (!this.awaiting && !ended()) {
            Subscription current = this.subscription;
            if (current != null && !ended()) {
                this.awaiting = true;
                current.request(1);
            }
        }
        if (this.element == null && !ended()) {
            parkUntil(() -> this.element != null || ended());
        }
        if (this.element != null) {
            return true;
        }
        Throwable error = this.failure;
        if (error != null) {
            throw Exceptions.propagate(error);
        }
        return false;
    }

    private boolean pollFused(Fuseable.QueueSubscription<T> queue) {
        while (!this.closed) {
            int seen = this.signals;
            // read before polling: elements that came before the end are polled before it counts
            boolean ended = this.completed || this.failure != null;
            T value;
            try {
                value = queue.poll();
            }
            catch (RuntimeException ex) {
                close();
                throw ex;
            }
            if (value != null) {
                this.element = value;
                return true;
            }
            if (ended) {
                Throwable error = this.failure;
                if (error != null) {
                    throw Exceptions.propagate(error);
                }
                return false;
            }
            parkUntil(() -> this.signals != seen || this.closed);
        }
        return false;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The listing has no more elements");
        }
        T value = this.element;
        this.element = null;
        this.awaiting = false;
        return value;
    }

    /** Stops the listing: nothing more is fetched. */
    @Override
    public void close() {
        this.closed = true;
        Subscription current = this.subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private void parkUntil(BooleanSupplier condition) {
        this.waiting = Thread.currentThread();
        try {
            while (!condition.getAsBoolean()) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    close();
                    Thread.currentThread().interrupt();
                    throw Exceptions.propagate(new InterruptedException("Interrupted while waiting for a listing"));
                }
            }
        }
        finally {
            this.waiting = null;
        }
    }

    private void wakeUp() {
        Thread parked = this.waiting;
        if (parked != null) {
            LockSupport.unpark(parked);
        }
    }

    private boolean ended() {
        return this.completed || this.failure != null || this.closed;
    }

    private Subscription subscription() {
        Subscription current = this.subscription;
        if (current == null) {
            throw new IllegalStateException("The listing's source did not call onSubscribe when subscribed");
        }
        return current;
    }

}
