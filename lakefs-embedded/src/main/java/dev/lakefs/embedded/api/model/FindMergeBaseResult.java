package dev.lakefs.embedded.api.model;


/** lakeFS's {@code FindMergeBaseResult}. */
public record FindMergeBaseResult(String sourceCommitId, String destinationCommitId, String baseCommitId) {
}
