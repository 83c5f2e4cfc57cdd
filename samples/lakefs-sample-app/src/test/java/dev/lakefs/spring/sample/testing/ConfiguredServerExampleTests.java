package dev.lakefs.spring.sample.testing;

import java.util.Arrays;

import dev.lakefs.embedded.junit.EmbeddedLakeFSExtension;
import dev.lakefs.embedded.junit.TestRepository;
import dev.lakefs.spring.Branch;
import dev.lakefs.spring.LakeFS;
import dev.lakefs.spring.client.LakeFSClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server configured by the test (shown in docs/testing.md): objects above 1 KiB are kept on disk by the server,
 * which the test does not notice.
 */
class ConfiguredServerExampleTests {

    @RegisterExtension
    static EmbeddedLakeFSExtension lakeFS = new EmbeddedLakeFSExtension((builder) -> builder.spillThreshold(1024));

    @Test
    void roundTripsAnObjectLargerThanTheSpillThreshold(@TestRepository String repository) {
        LakeFS api = LakeFS.of(LakeFSClient.builder()
            .endpoint(lakeFS.server().endpoint())
            .credentials(lakeFS.server().accessKeyId(), lakeFS.server().secretAccessKey())
            .build());
        Branch main = api.repository(repository).branch("main");
        byte[] content = new byte[64 * 1024];
        Arrays.fill(content, (byte) 'x');

        main.object("big.bin").upload(content);

        assertThat(main.object("big.bin").readAllBytes()).isEqualTo(content);
        assertThat(main.object("big.bin").stat().sizeBytes()).isEqualTo(content.length);
    }

}
