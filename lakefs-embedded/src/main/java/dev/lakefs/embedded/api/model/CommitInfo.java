package dev.lakefs.embedded.api.model;

import java.util.List;
import java.util.Map;

/** lakeFS's {@code Commit} model. */
public record CommitInfo(String id, List<String> parents, String committer, String message, long creationDate, String metaRangeId, Map<String, String> metadata, long generation, int version) {
}
