package dev.lakefs.spring;

import dev.lakefs.spring.client.model.ImportStatus;

/**
 * lakeFS reported that an import failed; the message is the server's. Thrown by {@link ImportManager#run} and
 * {@link ImportManager#await}.
 */
public class ImportFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String importId;

    private final transient ImportStatus status;

    ImportFailedException(String importId, ImportStatus status) {
        super("Import " + importId + " failed: "
                + ((status.error() != null) ? status.error().message() : "unknown error"));
        this.importId = importId;
        this.status = status;
    }

    /**
     * The import's id.
     * @return the import id
     */
    public String getImportId() {
        return this.importId;
    }

    /**
     * The server's message for the failure.
     * @return the message
     */
    public String getServerMessage() {
        return (this.status.error() != null) ? this.status.error().message() : "";
    }

    /**
     * The last status lakeFS reported.
     * @return the status
     */
    public ImportStatus getStatus() {
        return this.status;
    }
}
