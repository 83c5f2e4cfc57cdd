package dev.lakefs.spring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a merge resolves conflicts; without a strategy a conflicting merge fails.
 */
public enum MergeStrategy {

    /** Conflicts are resolved in favour of the destination branch. */
    @JsonProperty("dest-wins")
    DEST_WINS,

    /** Conflicts are resolved in favour of the source reference. */
    @JsonProperty("source-wins")
    SOURCE_WINS

}
