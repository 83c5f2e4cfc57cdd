package dev.lakefs.spring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Invalid names fail on the client, before any request reaches lakeFS.
 */
class NameValidationBeforeRequestsTests extends AbstractEmbeddedLakeFSTests {

    @Test
    void invalidNamesNeverReachTheServer() {
        Repository repo = newRepository();
        int before = server.recordedRequests().size();

        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> lakeFS.repository("Bad_Repo").create("mem://bucket/bad"));
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> lakeFS.repository("good-repo").create("ftp://bucket/good"));
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> repo.branch("my branch").create("main"));
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> repo.branch("ok").create("main 2"));
        assertThatExceptionOfType(InvalidNameException.class).isThrownBy(() -> repo.tag("v1/2").create("main"));
        assertThatExceptionOfType(InvalidNameException.class)
            .isThrownBy(() -> repo.branch("main").object("").upload("data"));

        assertThat(server.recordedRequests()).hasSize(before);
    }
}
