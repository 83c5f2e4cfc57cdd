package dev.lakefs.spring.client.model;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the server's object store supports.
 *
 * @param blockstoreType the store type, e.g. {@code s3} or {@code mem}
 * @param blockstoreNamespaceExample an example storage namespace
 * @param blockstoreNamespaceValidityRegex the pattern a storage namespace must match
 * @param defaultNamespacePrefix the prefix the UI suggests for namespaces, when set
 * @param preSignSupport whether presigned URLs are supported
 * @param preSignSupportUi whether the UI uses presigned URLs
 * @param importSupport whether imports are supported
 * @param importValidityRegex the pattern an import source must match
 * @param preSignMultipartUpload whether presigned multipart uploads are supported
 * @param blockstoreId the store id, when the server has several
 * @param blockstoreDescription a description of the store, when set
 */
public record StorageConfig(String blockstoreType, String blockstoreNamespaceExample,
        @JsonProperty("blockstore_namespace_ValidityRegex") String blockstoreNamespaceValidityRegex,
        @Nullable String defaultNamespacePrefix, boolean preSignSupport, boolean preSignSupportUi, boolean importSupport,
        String importValidityRegex, boolean preSignMultipartUpload, @Nullable String blockstoreId,
        @Nullable String blockstoreDescription) {
}
