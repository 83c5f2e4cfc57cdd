package dev.lakefs.spring;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a blocking iteration consumes a listing's {@link Flux}, whatever the source: the listings of lakeFS are covered
 * by {@link LazyListingTests}; these sources are the ones {@link Listing#of(Flux)} accepts from anyone.
 */
class ListingIteratorTests {

    @Test
    void asksForOneElementWhenTheIterationNeedsOne() {
        List<Long> requests = new CopyOnWriteArrayList<>();
        Iterator<Integer> iterator = Listing.of(Flux.range(1, 10).doOnRequest(requests::add)).iterator();
        assertThat(requests).isEmpty();

        assertThat(iterator.next()).isEqualTo(1);
        assertThat(iterator.next()).isEqualTo(2);
        assertThat(requests).containsExactly(1L, 1L);
        assertThat(iterator.hasNext()).isTrue();
        assertThat(iterator.hasNext()).isTrue();
        assertThat(requests).containsExactly(1L, 1L, 1L);
    }

    @Test
    void waitsForASourceThatSubscribesAndEmitsOnAnotherThread() {
        Flux<Integer> elsewhere = Flux.range(1, 50).subscribeOn(Schedulers.parallel()).publishOn(Schedulers.single());
        assertThat(Listing.of(elsewhere).toList()).hasSize(50).startsWith(1, 2).endsWith(50).isSorted();
    }

    @Test
    void aFailureComesOutWhereTheIterationReachesIt() {
        Iterator<Integer> iterator = Listing.of(Flux.just(1, 2)
            .concatWith(Flux.error(new IllegalStateException("page 2 failed")))).iterator();
        assertThat(iterator.next()).isEqualTo(1);
        assertThat(iterator.next()).isEqualTo(2);
        assertThatIllegalStateException().isThrownBy(iterator::hasNext).withMessage("page 2 failed");
    }

    @Test
    void theEndIsNoSuchElement() {
        Iterator<Integer> iterator = Listing.of(Flux.just(1)).iterator();
        assertThat(iterator.next()).isEqualTo(1);
        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void closingAStreamCancelsItsSource() {
        AtomicBoolean cancelled = new AtomicBoolean();
        try (Stream<Integer> stream = Listing.of(Flux.range(1, 100).doOnCancel(() -> cancelled.set(true))).stream()) {
            assertThat(stream.limit(3)).containsExactly(1, 2, 3);
        }
        assertThat(cancelled).isTrue();
    }

    @Test
    void anInterruptedWaitCancelsTheSourceAndKeepsTheInterrupt() {
        AtomicBoolean cancelled = new AtomicBoolean();
        Iterator<Object> iterator = Listing.of(Flux.never().doOnCancel(() -> cancelled.set(true))).iterator();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(iterator::hasNext).hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(cancelled).isTrue();
        }
        finally {
            Thread.interrupted();
        }
    }

}
