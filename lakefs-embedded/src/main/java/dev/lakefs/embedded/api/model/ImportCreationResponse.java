package dev.lakefs.embedded.api.model;


/** lakeFS's {@code ImportCreationResponse}. */
public record ImportCreationResponse(String id) {
}
