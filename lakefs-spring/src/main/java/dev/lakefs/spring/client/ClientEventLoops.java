package dev.lakefs.spring.client;

import org.jspecify.annotations.Nullable;
import reactor.netty.ReactorNetty;
import reactor.netty.resources.LoopResources;

/**
 * The event loops every {@link LakeFSClient} of this JVM runs its connections on, unless it was given a connector of
 * its own: one loop per available processor, or {@value ReactorNetty#IO_WORKER_COUNT} loops when that system
 * property is set.
 * <p>
 * Reactor Netty's shared loops number at least four, which on a machine with fewer cores is more loops than cores:
 * with 64 callers on 2 cores, four loops gave about the JDK {@code HttpClient}'s mean latency at up to 1.5 times its
 * 99th percentile, and two loops a lower mean and a lower 99th percentile than it (benchmarks/README.md, eighth
 * session). The loops are daemon threads, started with the first connection and shared by all clients, as Reactor
 * Netty's own are, and like those they are never disposed.
 */
final class ClientEventLoops {

    /** The prefix of the loops' thread names. */
    static final String THREAD_PREFIX = "lakefs-client";

    private ClientEventLoops() {
    }

    /**
     * The shared loops.
     * @return the loops, made on first use
     * @throws IllegalStateException if {@value ReactorNetty#IO_WORKER_COUNT} is set to anything but a positive number
     */
    static LoopResources shared() {
        // checked on every call, so that a bad setting fails each client's build with this message rather than
        // failing the holder's initialization once
        configuredCount();
        return Shared.LOOPS;
    }

    private static int configuredCount() {
        return count(Runtime.getRuntime().availableProcessors(), System.getProperty(ReactorNetty.IO_WORKER_COUNT));
    }

    /**
     * The number of loops for the given processors and {@value ReactorNetty#IO_WORKER_COUNT} setting.
     * @param availableProcessors the processors the JVM may use
     * @param configured the system property's value, if set
     * @return the number of loops
     */
    static int count(int availableProcessors, @Nullable String configured) {
        if (configured != null) {
            try {
                int count = Integer.parseInt(configured.strip());
                if (count > 0) {
                    return count;
                }
            }
            catch (NumberFormatException ex) {
                // falls through to the message below
            }
            throw new IllegalStateException("System property " + ReactorNetty.IO_WORKER_COUNT
                    + " must be a positive whole number, not '" + configured + "'");
        }
        return Math.max(1, availableProcessors);
    }

    /** Holds the loops, so that they are made when a client first needs them (class initialization is lazy). */
    private static final class Shared {

        static final LoopResources LOOPS = LoopResources.create(THREAD_PREFIX, configuredCount(), true);

    }

}
