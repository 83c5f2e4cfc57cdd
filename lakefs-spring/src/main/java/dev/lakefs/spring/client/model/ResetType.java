package dev.lakefs.spring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a {@link ResetCreation} discards from a branch's uncommitted changes.
 */
public enum ResetType {

    /** One object, named by the reset's path. */
    @JsonProperty("object")
    OBJECT,

    /** Every object under the reset's path prefix. */
    @JsonProperty("common_prefix")
    COMMON_PREFIX,

    /** All uncommitted changes of the branch. */
    @JsonProperty("reset")
    RESET

}
