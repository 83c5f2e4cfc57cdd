package dev.lakefs.embedded.conformance;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ImportApi;
import io.lakefs.clients.sdk.model.ImportStatus;

/**
 * Polls {@code importStatus} until the import completes, as every lakeFS client does (imports are asynchronous:
 * §4 Import, §6.9 "poll status until completed"). Bounded, so a server that never completes fails the test.
 */
final class ImportAwait {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final long POLL_INTERVAL_MILLIS = 20;

    private ImportAwait() {
    }

    static ImportStatus completed(ImportApi imports, String repository, String branch, String importId)
            throws ApiException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        ImportStatus status = imports.importStatus(repository, branch, importId).execute();
        while (!Boolean.TRUE.equals(status.getCompleted()) && status.getError() == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + importId + " did not complete within " + TIMEOUT + ": " + status);
            }
            TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL_MILLIS);
            status = imports.importStatus(repository, branch, importId).execute();
        }
        return status;
    }

}
