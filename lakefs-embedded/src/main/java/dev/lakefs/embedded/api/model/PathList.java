package dev.lakefs.embedded.api.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** lakeFS's {@code PathList} request. */
public record PathList(@Nullable List<String> paths) {
}
