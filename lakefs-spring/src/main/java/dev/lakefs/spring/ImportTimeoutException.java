package dev.lakefs.spring;

import java.time.Duration;

import dev.lakefs.spring.client.model.ImportStatus;
import org.jspecify.annotations.Nullable;

/**
 * An import did not complete within the timeout given to {@link ImportManager#run}. The import was asked to
 * cancel (see {@link #isCanceled()}).
 */
public class ImportTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String importId;

    private final transient @Nullable ImportStatus lastStatus;

    private final boolean canceled;

    ImportTimeoutException(String importId, Duration timeout, @Nullable ImportStatus lastStatus, boolean canceled) {
        super("Import " + importId + " did not complete within " + timeout + " ("
                + ((lastStatus != null && lastStatus.ingestedObjects() != null) ? lastStatus.ingestedObjects() : 0)
                + " objects ingested so far); " + (canceled ? "it was canceled" : "canceling it failed"));
        this.importId = importId;
        this.lastStatus = lastStatus;
        this.canceled = canceled;
    }

    /**
     * The import's id.
     * @return the import id
     */
    public String getImportId() {
        return this.importId;
    }

    /**
     * The last status seen before the timeout.
     * @return the status, or {@code null} when none was received
     */
    public @Nullable ImportStatus getLastStatus() {
        return this.lastStatus;
    }

    /**
     * Whether lakeFS accepted the cancellation sent after the timeout.
     * @return whether it exists
     */
    public boolean isCanceled() {
        return this.canceled;
    }
}
