package dev.lakefs.spring.transaction;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import dev.lakefs.spring.client.model.Commit;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReactiveTransactionTests extends EmbeddedLakeFSTestSupport {

    private TransactionDefinition definition() {
        return TransactionDefinition.of(this.repository, "main");
    }

    @Test
    void monoCommitsWhenItCompletes() {
        Mono<String> work = this.manager.executeMono(definition(),
                (tx) -> Mono.fromCallable(() -> tx.object("m.txt").upload("m")).thenReturn(tx.id()));
        assertThat(transactionBranches()).as("nothing happens before subscription").isEmpty();
        StepVerifier.create(work).assertNext((id) -> assertThat(id).startsWith("tx-")).verifyComplete();
        assertThat(read("main", "m.txt")).isEqualTo("m");
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void eachSubscriptionRunsItsOwnTransaction() {
        Mono<String> work = this.manager.executeMono(definition(), (tx) -> Mono.just(tx.id()));
        assertThat(work.block()).isNotEqualTo(work.block());
    }

    @Test
    void fluxTransactionSpansTheWholeStream() {
        Flux<String> work = this.manager.executeFlux(definition(), (tx) -> Flux.range(1, 3)
            .publishOn(Schedulers.boundedElastic())
            .map((i) -> {
                tx.object("f/" + i).upload("v" + i);
                return "f/" + i;
            }));
        StepVerifier.create(work).expectNext("f/1", "f/2", "f/3").verifyComplete();
        assertThat(read("main", "f/1")).isEqualTo("v1");
        assertThat(read("main", "f/3")).isEqualTo("v3");
    }

    @Test
    void errorRollsBackAndPropagatesTheOriginalError() {
        IllegalStateException failure = new IllegalStateException("reactive boom");
        Mono<Object> work = this.manager.executeMono(definition(),
                (tx) -> Mono.fromCallable(() -> tx.object("e.txt").upload("e")).then(Mono.error(failure)));
        StepVerifier.create(work).expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure)).verify();
        assertThat(exists("main", "e.txt")).isFalse();
        assertThat(transactionBranches()).isEmpty();
    }

    @Test
    void cancellationRollsBack() {
        AtomicReference<String> branchId = new AtomicReference<>();
        Disposable subscription = this.manager.executeMono(definition(), (tx) -> Mono.fromRunnable(() -> {
            tx.object("cancelled.txt").upload("c");
            branchId.set(tx.branchId());
        }).then(Mono.never())).subscribeOn(Schedulers.boundedElastic()).subscribe();
        await().atMost(Duration.ofSeconds(10)).until(() -> branchId.get() != null);
        subscription.dispose();
        await().atMost(Duration.ofSeconds(10)).until(() -> transactionBranches().isEmpty());
        assertThat(this.manager.openTransactions()).isEmpty();
        assertThat(exists("main", "cancelled.txt")).isFalse();
    }

    @Test
    void transactionIsInTheReactorContextAndRoutesThere() {
        Mono<String> work = this.manager.executeMono(definition(),
                (tx) -> LakeFSTransactions.reactiveCurrent()
                    .map((current) -> {
                        assertThat(current).isSameAs(tx);
                        return current.branchId();
                    })
                    .flatMap((id) -> Mono.deferContextual((context) -> Mono
                        .just(TransactionContextHolder.routedBranchId(context, this.repository, "main")))));
        String routed = work.block();
        assertThat(routed).startsWith("tx-");
        StepVerifier.create(LakeFSTransactions.reactiveCurrent()).verifyComplete();
    }

    @Test
    void workAssembledInTheCallRoutesThroughTheSourceBranch() {
        Mono<String> work = this.manager.executeMono(definition(), (tx) -> {
            main().object("assembled.txt").upload("a");
            return Mono.just(main().object("assembled.txt").readString());
        });
        assertThat(work.block()).isEqualTo("a");
        assertThat(read("main", "assembled.txt")).isEqualTo("a");
    }

    @Test
    void automaticContextPropagationRoutesBlockingCallsInLaterOperators() {
        Hooks.enableAutomaticContextPropagation();
        try {
            Mono<String> work = this.manager.executeMono(definition(), (tx) -> Mono.just("propagated.txt")
                .publishOn(Schedulers.boundedElastic())
                .map((path) -> {
                    main().object(path).upload("p");
                    return main().object(path).readString();
                }));
            assertThat(work.block()).isEqualTo("p");
        }
        finally {
            Hooks.disableAutomaticContextPropagation();
        }
        assertThat(read("main", "propagated.txt")).isEqualTo("p");
        Commit merge = commit(head("main"));
        assertThat(merge.metadata()).containsKey("lakefs-spring.transaction.id");
    }
}
