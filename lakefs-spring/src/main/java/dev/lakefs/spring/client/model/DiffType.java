package dev.lakefs.spring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of change a {@link Diff} entry describes.
 */
public enum DiffType {

    /** The path exists only on the right side. */
    @JsonProperty("added")
    ADDED,

    /** The path exists only on the left side. */
    @JsonProperty("removed")
    REMOVED,

    /** The path exists on both sides with different content. */
    @JsonProperty("changed")
    CHANGED,

    /** Both sides changed the path since their merge base. */
    @JsonProperty("conflict")
    CONFLICT,

    /** Something under a common prefix changed (delimited diffs). */
    @JsonProperty("prefix_changed")
    PREFIX_CHANGED

}
