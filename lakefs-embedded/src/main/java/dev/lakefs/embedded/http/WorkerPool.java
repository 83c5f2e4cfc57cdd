package dev.lakefs.embedded.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's worker threads: a bounded pool, and a deadline for reading a request's headers. The JDK's server
 * reads a request's line and headers on the worker that then runs the handler, so a client that sends half a request
 * would hold a worker for as long as it likes: a watchdog interrupts a worker still without headers after the
 * deadline, which closes its connection (the JDK's channels close when a blocked reader is interrupted). Reading a
 * body is not bounded in time: a slow upload of a large object is legitimate.
 * <p>
 * When every worker is busy, a request gets one of a few spare workers, on which the dispatcher answers 503 with
 * {@code Retry-After} at once (see {@link #isOverflow()}); when those are busy too, the connection is closed.
 */
public final class WorkerPool implements Executor {

    /** Workers serving requests, by default. */
    public static final int DEFAULT_MAX_WORKERS = 256;

    /** The time a client has to send a request's line and headers, by default. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);

    private static final int OVERFLOW_WORKERS = 8;

    private static final ThreadLocal<Boolean> OVERFLOW = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final ThreadPoolExecutor workers;

    private final ThreadPoolExecutor overflow;

    private final ScheduledExecutorService watchdog;

    private final long headerTimeoutNanos;

    /** Workers still reading headers, with the time they started. */
    private final Map<Thread, Long> readingHeaders = new ConcurrentHashMap<>();

    WorkerPool(int maxWorkers, Duration headerTimeout) {
        if (maxWorkers < 1) {
            throw new IllegalArgumentException("max workers must be positive: " + maxWorkers);
        }
        this.headerTimeoutNanos = headerTimeout.toNanos();
        this.workers = new ThreadPoolExecutor(0, maxWorkers, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("lakefs-embedded-http-"));
        this.overflow = new ThreadPoolExecutor(0, OVERFLOW_WORKERS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads("lakefs-embedded-http-overflow-"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemonThreads("lakefs-embedded-http-watchdog-"));
        long period = Math.max(50, Math.min(1000, headerTimeout.toMillis() / 4));
        this.watchdog.scheduleWithFixedDelay(this::interruptLateHeaders, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void execute(Runnable exchange) {
        try {
            this.workers.execute(() -> run(exchange, false));
        }
        catch (RejectedExecutionException busy) {
            // throws again when the spare workers are busy too: the JDK's server then closes the connection
            this.overflow.execute(() -> run(exchange, true));
        }
    }

    /** Called by the handler: the headers are in, the deadline no longer applies to this request. */
    void headersRead() {
        synchronized (this) {
            this.readingHeaders.remove(Thread.currentThread());
        }
    }

    /** Whether the current request runs on a spare worker and must be answered 503. */
    static boolean isOverflow() {
        return OVERFLOW.get();
    }

    void shutdownNow() {
        this.watchdog.shutdownNow();
        this.workers.shutdownNow();
        this.overflow.shutdownNow();
    }

    private void run(Runnable exchange, boolean overflowing) {
        Thread current = Thread.currentThread();
        OVERFLOW.set(overflowing);
        this.readingHeaders.put(current, System.nanoTime());
        try {
            exchange.run();
        }
        finally {
            synchronized (this) {
                this.readingHeaders.remove(current);
                // an interrupt meant for this request must not reach the next one on this thread
                Thread.interrupted();
            }
            OVERFLOW.set(Boolean.FALSE);
        }
    }

    private void interruptLateHeaders() {
        long now = System.nanoTime();
        synchronized (this) {
            this.readingHeaders.forEach((thread, started) -> {
                if (now - started > this.headerTimeoutNanos) {
                    this.readingHeaders.remove(thread);
                    thread.interrupt();
                }
            });
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return (runnable) -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
