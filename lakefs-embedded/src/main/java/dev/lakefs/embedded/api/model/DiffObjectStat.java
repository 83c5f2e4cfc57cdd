package dev.lakefs.embedded.api.model;

import java.util.Map;

/** lakeFS's {@code DiffObjectStat}. */
public record DiffObjectStat(String checksum, long mtime, String contentType, Map<String, String> metadata) {
}
