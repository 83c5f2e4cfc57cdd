package dev.lakefs.spring.client;

import org.junit.jupiter.api.Test;
import reactor.core.scheduler.NonBlocking;
import reactor.netty.ReactorNetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The event loops a client runs its connections on: how many, and that the client's answers arrive on them.
 */
class ClientEventLoopsTests extends EmbeddedServerSupport {

    @Test
    void oneLoopPerAvailableProcessorWithoutReactorNettysFloorOfFour() {
        assertThat(ClientEventLoops.count(2, null)).isEqualTo(2);
        assertThat(ClientEventLoops.count(1, null)).isEqualTo(1);
        assertThat(ClientEventLoops.count(12, null)).isEqualTo(12);
    }

    @Test
    void reactorNettysWorkerCountPropertyWins() {
        assertThat(ClientEventLoops.count(2, "8")).isEqualTo(8);
        assertThat(ClientEventLoops.count(16, " 3 ")).isEqualTo(3);
    }

    @Test
    void aWorkerCountThatIsNotAPositiveNumberIsRefusedWithThePropertysName() {
        assertThatIllegalStateException().isThrownBy(() -> ClientEventLoops.count(2, "0"))
            .withMessage("System property reactor.netty.ioWorkerCount must be a positive whole number, not '0'");
        assertThatIllegalStateException().isThrownBy(() -> ClientEventLoops.count(2, "four"))
            .withMessageContaining("not 'four'");
    }

    @Test
    void aBadWorkerCountPropertyFailsTheClientsBuild() {
        String before = System.getProperty(ReactorNetty.IO_WORKER_COUNT);
        System.setProperty(ReactorNetty.IO_WORKER_COUNT, "-1");
        try {
            assertThatIllegalStateException().isThrownBy(() -> clientBuilder().build())
                .withMessageContaining("reactor.netty.ioWorkerCount must be a positive whole number, not '-1'");
        }
        finally {
            if (before == null) {
                System.clearProperty(ReactorNetty.IO_WORKER_COUNT);
            }
            else {
                System.setProperty(ReactorNetty.IO_WORKER_COUNT, before);
            }
        }
    }

    @Test
    void aClientsAnswersArriveOnTheSharedLakeFSLoopsWhichReactorKnowsAsNonBlocking() {
        LakeFSClient client = client();
        String repository = newRepository(client);
        Thread thread = client.getBranch(repository, "main").map((branch) -> Thread.currentThread()).block();
        assertThat(thread.getName()).startsWith(ClientEventLoops.THREAD_PREFIX + "-");
        assertThat(thread.isDaemon()).isTrue();
        // LazyPages tells an event loop from a caller by this marker
        assertThat(thread).isInstanceOf(NonBlocking.class);
    }

}
