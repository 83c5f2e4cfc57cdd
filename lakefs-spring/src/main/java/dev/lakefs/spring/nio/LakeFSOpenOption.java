package dev.lakefs.spring.nio;

import java.nio.file.OpenOption;
import java.util.Map;

import dev.lakefs.spring.WriteOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * Options for writing a lakeFS object through {@link java.nio.file.Files}: its content type and user metadata.
 * <pre>{@code
 * Files.write(path, csv, LakeFSOpenOption.contentType("text/csv"),
 *         LakeFSOpenOption.userMetadata(Map.of("source", "batch")));
 * }</pre>
 * Give at most one of each kind; the last one wins.
 *
 * @param contentType the content type, or {@code null} to leave it
 * @param userMetadata the user metadata, or {@code null} to leave it
 */
public record LakeFSOpenOption(@Nullable MediaType contentType, @Nullable Map<String, String> userMetadata)
        implements OpenOption {

    /** Copies the metadata. */
    public LakeFSOpenOption {
        userMetadata = (userMetadata != null) ? Map.copyOf(userMetadata) : null;
    }

    /**
     * The object's content type, e.g. {@code text/csv}.
     * @param contentType the content type
     * @return the option
     */
    public static LakeFSOpenOption contentType(String contentType) {
        return new LakeFSOpenOption(MediaType.parseMediaType(contentType), null);
    }

    /**
     * The object's user metadata ({@code X-Lakefs-Meta-*}; lakeFS lower-cases the keys).
     * @param userMetadata the metadata
     * @return the option
     */
    public static LakeFSOpenOption userMetadata(Map<String, String> userMetadata) {
        return new LakeFSOpenOption(null, userMetadata);
    }

    /** {@code options} with what this option sets. */
    WriteOptions applyTo(WriteOptions options) {
        WriteOptions applied = (this.contentType != null) ? options.withContentType(this.contentType) : options;
        return (this.userMetadata != null) ? applied.withMetadata(this.userMetadata) : applied;
    }
}
