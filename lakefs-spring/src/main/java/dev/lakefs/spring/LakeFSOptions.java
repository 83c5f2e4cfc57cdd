package dev.lakefs.spring;

import java.nio.file.Path;
import java.time.Duration;

import dev.lakefs.spring.io.SpoolingOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Client-wide settings of the high-level API.
 *
 * @param preSign whether object data goes through presigned storage URLs
 * @param spoolThreshold how many bytes of an upload of unknown size are kept in memory before spooling to a
 * temporary file
 * @param spoolDirectory where spool files go, or {@code null} for the system temp directory
 * @param importPollInterval how often {@link ImportManager#run} asks for the import's status by default
 */
public record LakeFSOptions(PreSign preSign, int spoolThreshold, @Nullable Path spoolDirectory,
        Duration importPollInterval) {

    private static final LakeFSOptions DEFAULTS = new LakeFSOptions(PreSign.AUTO,
            SpoolingOutputStream.DEFAULT_THRESHOLD, null, Duration.ofSeconds(2));

    /** Checks the values. */
    public LakeFSOptions {
        if (spoolThreshold < 0) {
            throw new IllegalArgumentException("spoolThreshold must not be negative");
        }
        if (importPollInterval.isNegative() || importPollInterval.isZero()) {
            throw new IllegalArgumentException("importPollInterval must be positive");
        }
    }

    /**
     * Presign as the server's storage supports, 8 MiB in memory, poll imports every 2 seconds.
     * @return this lakeFSOptions
     */
    public static LakeFSOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with a presign mode.
     * @param preSign the presign choice
     * @return this lakeFSOptions
     */
    public LakeFSOptions withPreSign(PreSign preSign) {
        return new LakeFSOptions(preSign, this.spoolThreshold, this.spoolDirectory, this.importPollInterval);
    }

    /**
     * These options with another in-memory spool threshold.
     * @param spoolThreshold the in-memory threshold in bytes
     * @return this lakeFSOptions
     */
    public LakeFSOptions withSpoolThreshold(int spoolThreshold) {
        return new LakeFSOptions(this.preSign, spoolThreshold, this.spoolDirectory, this.importPollInterval);
    }

    /**
     * These options with another spool directory.
     * @param spoolDirectory the directory, or {@code null} for the system temp directory
     * @return this lakeFSOptions
     */
    public LakeFSOptions withSpoolDirectory(@Nullable Path spoolDirectory) {
        return new LakeFSOptions(this.preSign, this.spoolThreshold, spoolDirectory, this.importPollInterval);
    }

    /**
     * These options with another import poll interval.
     * @param importPollInterval the poll interval
     * @return this lakeFSOptions
     */
    public LakeFSOptions withImportPollInterval(Duration importPollInterval) {
        return new LakeFSOptions(this.preSign, this.spoolThreshold, this.spoolDirectory, importPollInterval);
    }

    /** Whether object data goes through presigned storage URLs, the Python SDK's {@code pre_sign}. */
    public enum PreSign {

        /** When the server's storage supports presigned URLs ({@code pre_sign_support} in {@code GET /config}). */
        AUTO,
        /** Always: upload via staging + PUT to the presigned URL, read via the 302 redirect. */
        ALWAYS,
        /** Never: object data goes through the lakeFS API. */
        NEVER
    }
}
