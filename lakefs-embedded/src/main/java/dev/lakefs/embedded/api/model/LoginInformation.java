package dev.lakefs.embedded.api.model;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code LoginInformation} request. */
public record LoginInformation(@Nullable String accessKeyId, @Nullable String secretAccessKey) {
}
