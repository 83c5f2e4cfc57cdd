package dev.lakefs.spring;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;

import reactor.core.CoreSubscriber;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;

/**
 * Iterates a listing's {@link Flux} from a blocking caller, asking for one element when {@link #hasNext()} needs one
 * and not before, so that a page the iteration does not reach is never fetched.
 * <p>
 * Reactor's {@code toIterable(1)} does the same with a queue, a lock and a condition signalled for every element, and
 * asks for the next element as soon as one is taken. The listing's client emits an element on the thread that asks
 * for it whenever it can, so here most elements arrive during {@code request(1)} on the caller's own thread, and
 * the caller parks only for the first element of each page, which an event loop delivers.
 */
final class ListingIterator<T> implements Iterator<T>, CoreSubscriber<T>, AutoCloseable {

    private volatile @Nullable Subscription subscription;

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
        this.subscription = subscription;
        wakeUp();
    }

    @Override
    public void onNext(T value) {
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
        wakeUp();
    }

    @Override
    public void onComplete() {
        this.completed = true;
        wakeUp();
    }

    @Override
    public boolean hasNext() {
        if (this.element != null) {
            return true;
        }
        if (!this.awaiting && !ended()) {
            if (this.subscription == null) {
                // a source may call onSubscribe later, on another thread
                parkUntil(() -> this.subscription != null || ended());
            }
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
        this.completed = true;
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
        return this.completed || this.failure != null;
    }

    private Subscription subscription() {
        Subscription current = this.subscription;
        if (current == null) {
            throw new IllegalStateException("The listing's source did not call onSubscribe when subscribed");
        }
        return current;
    }

}
