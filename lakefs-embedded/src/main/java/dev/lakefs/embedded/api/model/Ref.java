package dev.lakefs.embedded.api.model;


/** lakeFS's {@code Ref}: a branch or tag and its commit. */
public record Ref(String id, String commitId) {
}
