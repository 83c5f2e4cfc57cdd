package dev.lakefs.spring.client;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetrySettingsTests {

    private static final RetrySettings EXPONENTIAL = new RetrySettings(5, Duration.ofMillis(100), 2.0,
            Duration.ofMillis(1000), Duration.ZERO);

    @Test
    void delaysGrowByTheMultiplierUpToTheMaximum() {
        TransientFailureRetry retry = new TransientFailureRetry(EXPONENTIAL, true, true);
        assertThat(retry.delayBefore(0, null)).isEqualTo(Duration.ofMillis(100));
        assertThat(retry.delayBefore(1, null)).isEqualTo(Duration.ofMillis(200));
        assertThat(retry.delayBefore(3, null)).isEqualTo(Duration.ofMillis(800));
        assertThat(retry.delayBefore(4, null)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterStaysWithinTheDelayBounds() {
        RetrySettings settings = new RetrySettings(5, Duration.ofMillis(100), 2.0, Duration.ofMillis(1000),
                Duration.ofMillis(50));
        TransientFailureRetry retry = new TransientFailureRetry(settings, true, true);
        for (int i = 0; i < 200; i++) {
            assertThat(retry.delayBefore(0, null)).isBetween(Duration.ofMillis(100), Duration.ofMillis(150));
            assertThat(retry.delayBefore(1, null)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
        }
    }

    @Test
    void retryAfterLongerThanTheDelayIsWaitedUpToTheMaximum() {
        TransientFailureRetry retry = new TransientFailureRetry(EXPONENTIAL, true, true);
        assertThat(retry.delayBefore(0, Duration.ofMillis(700))).isEqualTo(Duration.ofMillis(700));
        assertThat(retry.delayBefore(0, Duration.ofSeconds(30))).isEqualTo(Duration.ofMillis(1000));
        assertThat(retry.delayBefore(2, Duration.ofMillis(10))).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void failuresBeforeTheRequestWasAppliedAreRetriedForEveryOperation() {
        assertThat(TransientFailureRetry.isRetryable(new LakeFSTooManyRequestsException(null, "commit", null, null), false))
            .isTrue();
        assertThat(TransientFailureRetry.isRetryable(new LakeFSServerException(503, null, "commit", null, null), false))
            .isTrue();
        assertThat(TransientFailureRetry.isRetryable(
                new LakeFSServerException(500, "branch is currently locked, try again later", "commit", null, null), false))
            .isTrue();
        assertThat(TransientFailureRetry.isRetryable(
                new LakeFSTransportException("refused", false, "commit", new ConnectException()), false))
            .isTrue();
    }

    @Test
    void failuresWithUnknownOutcomeAreRetriedOnlyForIdempotentOperations() {
        LakeFSTransportException dropped = new LakeFSTransportException("dropped", true, "commit", new IOException());
        LakeFSServerException gateway = new LakeFSServerException(504, null, "commit", null, null);
        assertThat(TransientFailureRetry.isRetryable(dropped, false)).isFalse();
        assertThat(TransientFailureRetry.isRetryable(dropped, true)).isTrue();
        assertThat(TransientFailureRetry.isRetryable(gateway, false)).isFalse();
        assertThat(TransientFailureRetry.isRetryable(gateway, true)).isTrue();
    }

    @Test
    void answersThatAreNotTransientAreNeverRetried() {
        assertThat(TransientFailureRetry.isRetryable(new LakeFSServerException(500, "boom", "getBranch", null, null), true))
            .isFalse();
        assertThat(TransientFailureRetry.isRetryable(new LakeFSNotFoundException("not found", "getBranch", null), true))
            .isFalse();
        assertThat(TransientFailureRetry.isRetryable(new LakeFSConflictException("exists", "createBranch", null), true))
            .isFalse();
    }

    @Test
    void convertsToAFrameworkRetryPolicyThatRetriesOnlyWhatWasCertainlyNotApplied() {
        org.springframework.core.retry.RetryPolicy policy = RetrySettings.defaults().toRetryPolicy();
        assertThat(policy.shouldRetry(new LakeFSServerException(503, null, "commit", null, null))).isTrue();
        assertThat(policy.shouldRetry(new LakeFSServerException(504, null, "commit", null, null))).isFalse();
        assertThat(policy.shouldRetry(new LakeFSNotFoundException(null, "getBranch", null))).isFalse();
        assertThat(RetrySettings.none().toRetryPolicy()).isNotNull();
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RetrySettings(-1, Duration.ZERO, 1.0, Duration.ZERO, Duration.ZERO))
            .withMessageContaining("maxRetries");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RetrySettings(1, Duration.ofSeconds(2), 1.0, Duration.ofSeconds(1), Duration.ZERO))
            .withMessageContaining("maxDelay");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RetrySettings(1, Duration.ZERO, 0.5, Duration.ZERO, Duration.ZERO))
            .withMessageContaining("multiplier");
    }

    @Test
    void proxySettingsNeverShowThePassword() {
        ProxySettings proxy = new ProxySettings(java.net.URI.create("http://proxy:3128"), "user", "s3cr3t",
                java.util.List.of("*.internal"));
        assertThat(proxy.toString()).contains("user").doesNotContain("s3cr3t");
    }

    @Test
    void nonProxyHostGlobsBecomeOneRegularExpression() {
        String pattern = ReactorNettyConnectors.nonProxyHostsPattern(java.util.List.of("localhost", "*.internal"));
        assertThat("localhost").matches(pattern);
        assertThat("lakefs.internal").matches(pattern);
        assertThat("lakefs.example.com").doesNotMatch(pattern);
        assertThat("localhostXinternal").doesNotMatch(pattern);
    }

}
