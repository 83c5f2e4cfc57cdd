package dev.lakefs.spring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether an entry of a listing, a diff or an import is a single object or a common prefix.
 */
public enum PathType {

    /** A single object. */
    @JsonProperty("object")
    OBJECT,

    /** A common prefix ("directory") that groups objects under a delimiter. */
    @JsonProperty("common_prefix")
    COMMON_PREFIX

}
