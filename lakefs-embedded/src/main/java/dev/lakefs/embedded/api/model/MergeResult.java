package dev.lakefs.embedded.api.model;


/** lakeFS's {@code MergeResult}. */
public record MergeResult(String reference) {
}
