package dev.lakefs.embedded.api.model;


/** lakeFS's {@code SetupState}. */
public record SetupState(String state, boolean commPrefsMissing) {
}
