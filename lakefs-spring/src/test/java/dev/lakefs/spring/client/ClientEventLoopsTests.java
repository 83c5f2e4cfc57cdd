package dev.lakefs.spring.client;

import org.junit.jupiter.api.Test;

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
    void aClientsAnswersArriveOnTheSharedLakeFSLoops() {
        LakeFSClient client = client();
        String repository = newRepository(client);
        String thread = client.getBranch(repository, "main").map((branch) -> Thread.currentThread().getName()).block();
        assertThat(thread).startsWith(ClientEventLoops.THREAD_PREFIX + "-");
    }

}
