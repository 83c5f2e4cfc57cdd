package dev.lakefs.spring.client.model;

/**
 * What a successful merge answers.
 *
 * @param reference the id of the merge commit
 */
public record MergeResult(String reference) {
}
