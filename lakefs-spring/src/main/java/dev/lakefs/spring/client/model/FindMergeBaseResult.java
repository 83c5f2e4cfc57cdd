package dev.lakefs.spring.client.model;

/**
 * What {@code findMergeBase} answers, field for field as the server sends it.
 *
 * @param sourceCommitId the commit id the server labels as the source's
 * @param destinationCommitId the commit id the server labels as the destination's
 * @param baseCommitId the merge base
 */
public record FindMergeBaseResult(String sourceCommitId, String destinationCommitId, String baseCommitId) {
}
