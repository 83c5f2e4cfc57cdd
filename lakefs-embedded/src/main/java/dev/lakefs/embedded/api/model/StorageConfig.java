package dev.lakefs.embedded.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** lakeFS's {@code StorageConfig}; note the spec's capital V in {@code blockstore_namespace_ValidityRegex}. */
public record StorageConfig(String blockstoreType, String blockstoreNamespaceExample,
        @JsonProperty("blockstore_namespace_ValidityRegex") String blockstoreNamespaceValidityRegex,
        boolean preSignSupport, boolean preSignSupportUi, boolean importSupport, String importValidityRegex,
        boolean preSignMultipartUpload, String blockstoreId, String blockstoreDescription) {
}
